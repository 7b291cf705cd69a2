import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { ReviewerPoolService } from './reviewer-pool.service';
import {
  AddPoolReviewerDto,
  InviteReviewerDto,
  InviteReviewerResultDto,
  PageQueryDto,
  ReviewerCandidateListDto,
  ReviewerPoolDto,
  ReviewerSearchQueryDto,
} from './reviews.dto';

const id = new ParseUUIDPipe({ version: '4' });

/** A call's reviewer pool, managed by coordinators of its programme. */
@ApiTags('reviews')
@Controller('calls/:callId')
export class ReviewerPoolController {
  constructor(private readonly pool: ReviewerPoolService) {}

  @Get('reviewers')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ReviewerPoolDto })
  list(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: PageQueryDto) {
    return this.pool.list(user, callId, query);
  }

  @Get('reviewer-candidates')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: ReviewerCandidateListDto })
  candidates(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: ReviewerSearchQueryDto) {
    return this.pool.candidates(user, callId, query);
  }

  @Post('reviewers')
  @HttpCode(204)
  @Authenticated({ permission: 'reviews:manage' })
  async add(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: AddPoolReviewerDto): Promise<void> {
    await this.pool.add(user, callId, body.userId);
  }

  @Delete('reviewers/:userId')
  @HttpCode(204)
  @Authenticated({ permission: 'reviews:manage' })
  async remove(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Param('userId', id) userId: string): Promise<void> {
    await this.pool.remove(user, callId, userId);
  }

  @Post('reviewers/invite')
  @Authenticated({ permission: 'reviews:manage' })
  @ZodResponse({ type: InviteReviewerResultDto, status: 201 })
  invite(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: InviteReviewerDto) {
    return this.pool.invite(user, callId, body);
  }
}
