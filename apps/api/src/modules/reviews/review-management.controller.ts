import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { ReviewSettingsService } from './review-settings.service';
import { ReviewAssignmentsService } from './review-assignments.service';
import {
  AutoAssignmentDto,
  ManualAssignmentDto,
  ManualAssignmentResultDto,
  ReleaseAssignmentDto,
  ReleaseAssignmentResultDto,
  ReopenReviewDto,
  ReviewProgressDto,
  ReviewProgressQueryDto,
  ReviewSettingsDto,
  UpdateReviewSettingsDto,
  UpdateRubricDto,
} from './reviews.dto';

const id = new ParseUUIDPipe({ version: '4' });

/** Coordinators of the call's programme: review settings, rubric, assignments, progress. */
@ApiTags('reviews')
@Controller()
export class ReviewManagementController {
  constructor(
    private readonly settings: ReviewSettingsService,
    private readonly assignments: ReviewAssignmentsService,
  ) {}

  @Get('calls/:callId/review-settings')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ReviewSettingsDto })
  getSettings(@CurrentUser() user: Principal, @Param('callId', id) callId: string) {
    return this.settings.get(user, callId);
  }

  @Put('calls/:callId/review-settings')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ReviewSettingsDto })
  updateSettings(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: UpdateReviewSettingsDto) {
    return this.settings.updateSettings(user, callId, body);
  }

  @Put('calls/:callId/rubric')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ReviewSettingsDto })
  updateRubric(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: UpdateRubricDto) {
    return this.settings.updateRubric(user, callId, body);
  }

  @Get('calls/:callId/review-progress')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ReviewProgressDto })
  progress(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: ReviewProgressQueryDto) {
    return this.assignments.progress(user, callId, query);
  }

  @Post('calls/:callId/assignments')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ManualAssignmentResultDto, status: 201 })
  assign(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: ManualAssignmentDto) {
    return this.assignments.assign(user, callId, body);
  }

  @Post('calls/:callId/assignments/auto')
  @HttpCode(200)
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: AutoAssignmentDto, status: 200 })
  autoAssign(@CurrentUser() user: Principal, @Param('callId', id) callId: string) {
    return this.assignments.autoAssign(user, callId);
  }

  @Post('review-assignments/:id/release')
  @HttpCode(200)
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ReleaseAssignmentResultDto, status: 200 })
  release(@CurrentUser() user: Principal, @Param('id', id) assignmentId: string, @Body() body: ReleaseAssignmentDto) {
    return this.assignments.release(user, assignmentId, body);
  }

  @Post('review-assignments/:id/reopen')
  @HttpCode(204)
  @Authenticated({ permission: 'reviews:manage' })
  async reopen(@CurrentUser() user: Principal, @Param('id', id) assignmentId: string, @Body() body: ReopenReviewDto): Promise<void> {
    await this.assignments.reopen(user, assignmentId, body);
  }
}
