import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { ReportFormDto, ReportScheduleSettingsDto, SaveReportFormDto } from './project-reports.dto';
import { ReportFormsService } from './report-forms.service';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('reports')
@Controller('calls/:callId')
export class ReportFormsController {
  constructor(private readonly forms: ReportFormsService) {}

  @Get('report-form')
  @ApiOperation({ summary: "The latest version of the call's report form (programme staff)" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ReportFormDto })
  latest(@CurrentUser() user: Principal, @Param('callId', id) callId: string) {
    return this.forms.latest(user, callId);
  }

  @Put('report-form')
  @ApiOperation({ summary: "Save the call's report form (in place, or as a new version once a report answered it)" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ReportFormDto })
  save(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: SaveReportFormDto) {
    return this.forms.save(user, callId, body);
  }

  @Get('report-schedule')
  @ApiOperation({ summary: "The call's default report schedule for new projects" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ReportScheduleSettingsDto })
  schedule(@CurrentUser() user: Principal, @Param('callId', id) callId: string) {
    return this.forms.scheduleDefaults(user, callId);
  }

  @Put('report-schedule')
  @ApiOperation({ summary: "Change the call's default report schedule (interim offsets, final report after the end)" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ReportScheduleSettingsDto })
  saveSchedule(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: ReportScheduleSettingsDto) {
    return this.forms.saveScheduleDefaults(user, callId, body);
  }
}
