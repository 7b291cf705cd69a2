import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import { EligibilityService } from './eligibility.service';
import { EligibilityDecisionsService } from './eligibility-decisions.service';
import {
  ApplicantEligibilityDto,
  BulkMarkEligibleDto,
  BulkMarkEligibleResultDto,
  EligibilityChecklistDto,
  EligibilityDecisionDto,
  EligibilityDetailDto,
  EligibilityListDto,
  EligibilityListQueryDto,
  UpdateEligibilityChecklistDto,
  UpdateEligibilityTicksDto,
} from './eligibility.dto';

const id = new ParseUUIDPipe({ version: '4' });
/**
 * Outcomes e-mail the applicant's members: bounded per signed-in session (the throttler runs
 * before authentication, so the session cookie stands for the user; the IP when there is none).
 */
const MailingRateLimit = () =>
  Throttle({
    default: {
      limit: 60,
      ttl: 60_000,
      getTracker: (request: { cookies?: Record<string, string | undefined>; ip?: string }) =>
        request.cookies?.[SESSION_COOKIE] ? `session:${request.cookies[SESSION_COOKIE]}` : `ip:${request.ip ?? ''}`,
    },
  });

@ApiTags('eligibility')
@Controller()
export class EligibilityController {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly decisions: EligibilityDecisionsService,
  ) {}

  @Get('calls/:id/eligibility')
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: EligibilityListDto })
  list(@CurrentUser() user: Principal, @Param('id', id) callId: string, @Query() query: EligibilityListQueryDto) {
    return this.eligibility.list(user, callId, query);
  }

  @Put('calls/:id/eligibility-checklist')
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: EligibilityChecklistDto })
  saveChecklist(@CurrentUser() user: Principal, @Param('id', id) callId: string, @Body() body: UpdateEligibilityChecklistDto) {
    return this.eligibility.saveChecklist(user, callId, body);
  }

  @Post('calls/:id/eligibility/mark-passing-eligible')
  @HttpCode(200)
  @MailingRateLimit()
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: BulkMarkEligibleResultDto, status: 200 })
  markPassingEligible(@CurrentUser() user: Principal, @Param('id', id) callId: string, @Body() body: BulkMarkEligibleDto) {
    return this.decisions.markPassingEligible(user, callId, body.applicationIds);
  }

  @Get('applications/:id/eligibility')
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: EligibilityDetailDto })
  detail(@CurrentUser() user: Principal, @Param('id', id) applicationId: string) {
    return this.eligibility.detail(user, applicationId);
  }

  @Put('applications/:id/eligibility/checklist')
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: EligibilityDetailDto })
  saveTicks(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: UpdateEligibilityTicksDto) {
    return this.eligibility.saveTicks(user, applicationId, body);
  }

  @Post('applications/:id/eligibility/mark-eligible')
  @HttpCode(200)
  @MailingRateLimit()
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: EligibilityDetailDto, status: 200 })
  markEligible(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: EligibilityDecisionDto) {
    return this.decisions.decide(user, applicationId, 'markEligible', body);
  }

  @Post('applications/:id/eligibility/mark-ineligible')
  @HttpCode(200)
  @MailingRateLimit()
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: EligibilityDetailDto, status: 200 })
  markIneligible(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: EligibilityDecisionDto) {
    return this.decisions.decide(user, applicationId, 'markIneligible', body);
  }

  @Post('applications/:id/eligibility/revert')
  @HttpCode(200)
  @Authenticated({ permission: 'eligibility:manage' })
  @ZodResponse({ type: EligibilityDetailDto, status: 200 })
  revert(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: EligibilityDecisionDto) {
    return this.decisions.decide(user, applicationId, 'revertEligibility', body);
  }

  /** The applicant's view: outcome and reason only (members of the applying organisation). */
  @Get('applications/:id/eligibility-outcome')
  @Authenticated({ permission: 'applications:apply' })
  @ZodResponse({ type: ApplicantEligibilityDto })
  applicantView(@CurrentUser() user: Principal, @Param('id', id) applicationId: string) {
    return this.eligibility.applicantView(user, applicationId);
  }
}
