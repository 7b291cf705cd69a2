import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import {
  AddReportDto,
  MoveReportDto,
  OverdueReportsDto,
  OverdueReportsQueryDto,
  RemoveReportDto,
  ReportCompareDto,
  ReportCompareQueryDto,
  ReportDetailDto,
  ReportScheduleDto,
  ReportTransitionDto,
  UpdateReportDto,
  UpdateReportResponseDto,
} from './project-reports.dto';
import { ReportScheduleService } from './report-schedule.service';
import { ReportVersionsService } from './report-versions.service';
import { ReportsService } from './reports.service';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('reports')
@Controller()
export class ProjectReportsController {
  constructor(
    private readonly schedule: ReportScheduleService,
    private readonly reports: ReportsService,
    private readonly versions: ReportVersionsService,
  ) {}

  @Get('projects/:id/reports')
  @ApiOperation({ summary: "The project's report schedule" })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ReportScheduleDto })
  list(@CurrentUser() user: Principal, @Param('id', id) projectId: string) {
    return this.schedule.list(user, projectId);
  }

  @Post('projects/:id/reports')
  @ApiOperation({ summary: 'Add a report to the schedule, with a reason' })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ReportScheduleDto, status: 201 })
  add(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Body() body: AddReportDto) {
    return this.schedule.add(user, projectId, body);
  }

  @Patch('projects/:id/reports/:reportId')
  @ApiOperation({ summary: 'Move a report not yet submitted to another due date, with a reason' })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ReportScheduleDto })
  move(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Param('reportId', id) reportId: string, @Body() body: MoveReportDto) {
    return this.schedule.move(user, projectId, reportId, body);
  }

  @Post('projects/:id/reports/:reportId/removal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Remove an interim report not yet submitted from the schedule, with a reason' })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ReportScheduleDto, status: 200 })
  remove(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Param('reportId', id) reportId: string, @Body() body: RemoveReportDto) {
    return this.schedule.remove(user, projectId, reportId, body);
  }

  @Get('reports/overdue')
  @ApiOperation({ summary: "Reports past due in the caller's programmes (coordinator dashboard)" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: OverdueReportsDto })
  overdue(@CurrentUser() user: Principal, @Query() query: OverdueReportsQueryDto) {
    return this.schedule.overdue(user, query);
  }

  @Get('reports/:reportId')
  @ApiOperation({ summary: 'One report: form, answers, indicators, what is open for changes, its versions' })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ReportDetailDto })
  get(@CurrentUser() user: Principal, @Param('reportId', id) reportId: string) {
    return this.reports.get(user, reportId);
  }

  @Patch('reports/:reportId')
  @ApiOperation({ summary: "Autosave the grantee's answers and indicators (field versions; conflicts reported, never overwritten)" })
  @Authenticated({ permission: 'projects:grantee' })
  @ZodResponse({ type: UpdateReportResponseDto })
  update(@CurrentUser() user: Principal, @Param('reportId', id) reportId: string, @Body() body: UpdateReportDto) {
    return this.reports.update(user, reportId, body);
  }

  @Post('reports/:reportId/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit (grantee), approve or request changes on named parts (coordinator)' })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ReportDetailDto, status: 200 })
  transition(@CurrentUser() user: Principal, @Param('reportId', id) reportId: string, @Body() body: ReportTransitionDto) {
    return this.reports.transition(user, reportId, body);
  }

  @Get('reports/:reportId/compare')
  @ApiOperation({ summary: 'Two submitted versions of a report side by side' })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ReportCompareDto })
  compare(@CurrentUser() user: Principal, @Param('reportId', id) reportId: string, @Query() query: ReportCompareQueryDto) {
    return this.versions.compare(user, reportId, query.from, query.to);
  }
}
