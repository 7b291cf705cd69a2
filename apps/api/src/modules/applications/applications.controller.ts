import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { sendDownload } from '../../common/http/send-download';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { ApplicationsService } from './applications.service';
import { ApplicationAnswersService } from './application-answers.service';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationClarificationsService } from './application-clarifications.service';
import { ApplicationRevisionsService } from './application-revisions.service';
import {
  ApplicationDto,
  ApplicationHistoryDto,
  ApplicationHistoryQueryDto,
  ApplicationRevisionListDto,
  CallApplicationListDto,
  CallApplicationListQueryDto,
  CreateApplicationDto,
  MyApplicationListDto,
  RequestClarificationDto,
  RevisionCompareDto,
  RevisionCompareQueryDto,
  RevisionPdfParamsDto,
  RevisionPdfQueryDto,
  UpdateAnswersDto,
  UpdateAnswersResultDto,
  WithdrawApplicationDto,
} from './applications.dto';

const id = new ParseUUIDPipe({ version: '4' });

/** Applicants (members) and programme staff both read applications; the gate checks which one the caller is. */
const MEMBERS_OR_STAFF = ['applications:apply', 'applications:read-all'] as const;

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly answers: ApplicationAnswersService,
    private readonly submission: ApplicationSubmissionService,
    private readonly clarifications: ApplicationClarificationsService,
    private readonly revisions: ApplicationRevisionsService,
  ) {}

  @Post('applications')
  @Authenticated({ permission: 'applications:apply' })
  @ZodResponse({ type: ApplicationDto, status: 201 })
  start(@CurrentUser() user: Principal, @Body() body: CreateApplicationDto) {
    return this.applications.start(user, body);
  }

  @Get('applications/mine')
  @Authenticated({ permission: 'applications:apply' })
  @ZodResponse({ type: MyApplicationListDto })
  mine(@CurrentUser() user: Principal) {
    return this.applications.mine(user);
  }

  @Get('applications/:id')
  @Authenticated({ permission: [...MEMBERS_OR_STAFF, 'reviews:work'] })
  @ZodResponse({ type: ApplicationDto })
  get(@CurrentUser() user: Principal, @Param('id', id) applicationId: string) {
    return this.applications.get(user, applicationId);
  }

  @Patch('applications/:id/answers')
  @Authenticated({ permission: 'applications:apply' })
  @ZodResponse({ type: UpdateAnswersResultDto })
  updateAnswers(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: UpdateAnswersDto) {
    return this.answers.update(user, applicationId, body);
  }

  @Post('applications/:id/submit')
  @HttpCode(200)
  @Authenticated({ permission: 'applications:apply' })
  @ZodResponse({ type: ApplicationDto, status: 200 })
  submit(@CurrentUser() user: Principal, @Param('id', id) applicationId: string) {
    return this.submission.submit(user, applicationId);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @Authenticated({ permission: 'applications:apply' })
  @ZodResponse({ type: ApplicationDto, status: 200 })
  withdraw(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: WithdrawApplicationDto) {
    return this.applications.withdraw(user, applicationId, body.reason);
  }

  /** A draft nobody submitted, removed with its files (owners of the organisation; submitted ones are withdrawn). */
  @Delete('applications/:id')
  @HttpCode(204)
  @Authenticated({ permission: 'applications:apply' })
  deleteDraft(@CurrentUser() user: Principal, @Param('id', id) applicationId: string): Promise<void> {
    return this.applications.deleteDraft(user, applicationId);
  }

  @Post('applications/:id/clarifications')
  @Authenticated({ permission: 'applications:manage' })
  @ZodResponse({ type: ApplicationDto, status: 201 })
  requestClarification(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: RequestClarificationDto) {
    return this.clarifications.request(user, applicationId, body);
  }

  @Get('applications/:id/revisions')
  @Authenticated({ permission: MEMBERS_OR_STAFF })
  @ZodResponse({ type: ApplicationRevisionListDto })
  listRevisions(@CurrentUser() user: Principal, @Param('id', id) applicationId: string) {
    return this.revisions.list(user, applicationId);
  }

  @Get('applications/:id/revisions/compare')
  @Authenticated({ permission: MEMBERS_OR_STAFF })
  @ZodResponse({ type: RevisionCompareDto })
  compareRevisions(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Query() query: RevisionCompareQueryDto) {
    return this.revisions.compare(user, applicationId, query.from, query.to);
  }

  /** The PDF copy of a submitted revision, as a download (members and staff; never reviewers). */
  @Get('applications/:id/revisions/:number/pdf')
  @Authenticated({ permission: MEMBERS_OR_STAFF })
  async revisionPdf(
    @CurrentUser() user: Principal,
    @Param() params: RevisionPdfParamsDto,
    @Query() query: RevisionPdfQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendDownload(reply, await this.revisions.pdf(user, params.id, params.number, query.locale ?? user.locale));
  }

  @Get('applications/:id/history')
  @Authenticated({ permission: 'applications:read-all' })
  @ZodResponse({ type: ApplicationHistoryDto })
  history(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Query() query: ApplicationHistoryQueryDto) {
    return this.revisions.history(user, applicationId, query);
  }

  @Get('calls/:callId/applications')
  @Authenticated({ permission: 'applications:read-all' })
  @ZodResponse({ type: CallApplicationListDto })
  listForCall(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: CallApplicationListQueryDto) {
    return this.applications.listForCall(user, callId, query);
  }
}
