import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { ProjectsModule } from '../projects';
import { ProjectReportsController } from './project-reports.controller';
import { ProjectReportsRepository } from './project-reports.repository';
import { ReportFormsController } from './report-forms.controller';
import { ReportFormsService } from './report-forms.service';
import { ReportGate } from './report-gate';
import { ReportRemindersService } from './report-reminders.service';
import { ReportScheduleService } from './report-schedule.service';
import { ReportVersionsService } from './report-versions.service';
import { ReportsService } from './reports.service';

/** Interim and final reports of funded projects: schedule, report form, drafting, review, versions, reminders. */
@Module({
  imports: [ApplicationAccessModule, ProjectsModule],
  controllers: [ProjectReportsController, ReportFormsController],
  providers: [ProjectReportsRepository, ReportGate, ReportScheduleService, ReportsService, ReportVersionsService, ReportFormsService, ReportRemindersService],
  exports: [ReportGate],
})
export class ProjectReportsModule {}
