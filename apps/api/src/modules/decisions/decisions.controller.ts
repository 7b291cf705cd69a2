import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { DecisionsService } from './decisions.service';
import { RankingService } from './ranking.service';
import { ApplicantDecisionService } from './applicant-decision.service';
import { ApplicantDecisionDto, DecideDto, DecideResultDto, RankedListDto, RankedListQueryDto } from './decisions.dto';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('decisions')
@Controller()
export class DecisionsController {
  constructor(
    private readonly ranking: RankingService,
    private readonly decisions: DecisionsService,
    private readonly applicantDecision: ApplicantDecisionService,
  ) {}

  @Get('calls/:callId/ranking')
  @Authenticated({ permission: 'decisions:manage' })
  @ZodResponse({ type: RankedListDto })
  ranked(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: RankedListQueryDto) {
    return this.ranking.list(user, callId, query);
  }

  @Post('applications/:id/decision')
  @HttpCode(200)
  @Authenticated({ permission: 'decisions:manage' })
  @ZodResponse({ type: DecideResultDto, status: 200 })
  decide(@CurrentUser() user: Principal, @Param('id', id) applicationId: string, @Body() body: DecideDto) {
    return this.decisions.decide(user, applicationId, body);
  }

  /** The applicant's view: members of the organisation, once the letters were sent. */
  @Get('applications/:id/decision')
  @Authenticated({ permission: 'applications:apply' })
  @ZodResponse({ type: ApplicantDecisionDto })
  forApplicant(@CurrentUser() user: Principal, @Param('id', id) applicationId: string) {
    return this.applicantDecision.get(user, applicationId);
  }
}
