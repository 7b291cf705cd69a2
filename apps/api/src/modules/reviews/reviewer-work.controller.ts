import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { contentDisposition } from '../attachments/file-name';
import { isInlineType } from './reviewer-view';
import { ReviewerWorkService } from './reviewer-work.service';
import {
  ConflictDeclarationDto,
  DeclarationResultDto,
  MyAssignmentListDto,
  MyAssignmentsQueryDto,
  ReviewAssignmentDto,
  SaveReviewDraftDto,
  SubmitReviewDto,
} from './reviews.dto';

const id = new ParseUUIDPipe({ version: '4' });

/** Reviewers, on their own assignments only (anything else is 404). */
@ApiTags('reviews')
@Controller('reviews/assignments')
export class ReviewerWorkController {
  constructor(private readonly work: ReviewerWorkService) {}

  @Get()
  @Authenticated({ permission: 'reviews:work' })
  @ZodResponse({ type: MyAssignmentListDto })
  mine(@CurrentUser() user: Principal, @Query() query: MyAssignmentsQueryDto) {
    return this.work.mine(user, query);
  }

  @Get(':id')
  @Authenticated({ permission: 'reviews:work' })
  @ZodResponse({ type: ReviewAssignmentDto })
  get(@CurrentUser() user: Principal, @Param('id', id) assignmentId: string) {
    return this.work.get(user, assignmentId);
  }

  /** After a conflict the assignment is gone for the reviewer: the answer carries no assignment. */
  @Post(':id/declaration')
  @HttpCode(200)
  @Authenticated({ permission: 'reviews:work' })
  @ZodResponse({ type: DeclarationResultDto, status: 200 })
  async declare(@CurrentUser() user: Principal, @Param('id', id) assignmentId: string, @Body() body: ConflictDeclarationDto) {
    return { assignment: await this.work.declare(user, assignmentId, body) };
  }

  @Patch(':id/draft')
  @Authenticated({ permission: 'reviews:work' })
  @ZodResponse({ type: ReviewAssignmentDto })
  saveDraft(@CurrentUser() user: Principal, @Param('id', id) assignmentId: string, @Body() body: SaveReviewDraftDto) {
    return this.work.saveDraft(user, assignmentId, body);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Authenticated({ permission: 'reviews:work' })
  @ZodResponse({ type: ReviewAssignmentDto, status: 200 })
  submit(@CurrentUser() user: Principal, @Param('id', id) assignmentId: string, @Body() body: SubmitReviewDto) {
    return this.work.submit(user, assignmentId, body);
  }

  /**
   * PDF and images open in the browser (inline); other types download. Types were sniffed from
   * the content at upload and nosniff holds the browser to them. No CSP sandbox: Chromium
   * refuses to show a PDF in a sandboxed document.
   */
  @Get(':id/attachments/:attachmentId')
  @Authenticated({ permission: 'reviews:work' })
  async attachment(
    @CurrentUser() user: Principal,
    @Param('id', id) assignmentId: string,
    @Param('attachmentId', id) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const file = await this.work.openAttachment(user, assignmentId, attachmentId);
    const disposition = contentDisposition(file.fileName);
    void reply.headers({
      'content-type': file.mimeType,
      'content-length': String(file.sizeBytes),
      'content-disposition': isInlineType(file.mimeType) ? disposition.replace(/^attachment/, 'inline') : disposition,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(file.content);
  }
}
