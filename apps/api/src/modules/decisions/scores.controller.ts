import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { ScoresService } from './scores.service';
import { ApplicationScoresDto, ModerateScoreDto, ShareCommentDto } from './decisions.dto';

const id = new ParseUUIDPipe({ version: '4' });
/** Review managers and decision makers (programme staff) both moderate; the service checks the programme. */
const STAFF = ['reviews:manage', 'decisions:manage'] as const;

@ApiTags('decisions')
@Controller('applications/:id/scores')
export class ScoresController {
  constructor(private readonly scores: ScoresService) {}

  @Get()
  @Authenticated({ permission: STAFF })
  @ZodResponse({ type: ApplicationScoresDto })
  view(@CurrentUser() user: Principal, @Param('id', id) applicationId: string) {
    return this.scores.view(user, applicationId);
  }

  @Put(':assignmentId/:criterionId/moderation')
  @Authenticated({ permission: STAFF })
  @ZodResponse({ type: ApplicationScoresDto })
  moderate(
    @CurrentUser() user: Principal,
    @Param('id', id) applicationId: string,
    @Param('assignmentId', id) assignmentId: string,
    @Param('criterionId', id) criterionId: string,
    @Body() body: ModerateScoreDto,
  ) {
    return this.scores.moderate(user, applicationId, assignmentId, criterionId, body);
  }

  @Delete(':assignmentId/:criterionId/moderation')
  @Authenticated({ permission: STAFF })
  @ZodResponse({ type: ApplicationScoresDto })
  removeModeration(
    @CurrentUser() user: Principal,
    @Param('id', id) applicationId: string,
    @Param('assignmentId', id) assignmentId: string,
    @Param('criterionId', id) criterionId: string,
  ) {
    return this.scores.removeModeration(user, applicationId, assignmentId, criterionId);
  }

  @Put(':assignmentId/:criterionId/shared')
  @Authenticated({ permission: STAFF })
  @ZodResponse({ type: ApplicationScoresDto })
  share(
    @CurrentUser() user: Principal,
    @Param('id', id) applicationId: string,
    @Param('assignmentId', id) assignmentId: string,
    @Param('criterionId', id) criterionId: string,
    @Body() body: ShareCommentDto,
  ) {
    return this.scores.share(user, applicationId, assignmentId, criterionId, body.shared);
  }
}
