import { Module } from '@nestjs/common';
import { InboxRepository } from '../../jobs/inbox.repository';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { ProjectReportsRepository } from './project-reports.repository';
import { ReportRemindersProcessor } from './report-reminders.processor';
import { ReportRemindersService } from './report-reminders.service';

/** Worker side of reports: the reminder sweep. */
@Module({
  providers: [OutboxWriter, InboxRepository, ProjectReportsRepository, ReportRemindersService, ReportRemindersProcessor],
})
export class ProjectReportsWorkerModule {}
