import type {} from '@fastify/multipart';
import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { ATTACHMENT_UPLOAD_FIELD } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { AttachmentDto, AttachmentListDto, AttachmentUploadQueryDto } from './attachments.dto';
import { toAttachmentResponse } from './attachments.mapper';
import { AttachmentsService } from './attachments.service';
import { contentDisposition } from './file-name';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('attachments')
@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** multipart/form-data with one file in the field `file`; the size limit is the call form's. */
  @Post('applications/:applicationId/attachments')
  @Authenticated({ permission: 'applications:apply' })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ type: AttachmentDto, status: 201 })
  async upload(
    @CurrentUser() user: Principal,
    @Param('applicationId', id) applicationId: string,
    @Query() query: AttachmentUploadQueryDto,
    @Req() request: FastifyRequest,
  ) {
    const part = request.isMultipart() ? await request.file() : undefined;
    if (!part || part.fieldname !== ATTACHMENT_UPLOAD_FIELD) {
      throw Problems.validation([{ path: ATTACHMENT_UPLOAD_FIELD, code: 'custom', message: 'attachment.file.missing' }]);
    }
    const attachment = await this.attachments.upload(user, applicationId, query.questionId, {
      fileName: part.filename,
      content: part.file,
    });
    return toAttachmentResponse(attachment);
  }

  @Get('applications/:applicationId/attachments')
  @Authenticated({ permission: ['applications:apply', 'applications:read-all', 'reviews:work'] })
  @ZodResponse({ type: AttachmentListDto })
  async list(@CurrentUser() user: Principal, @Param('applicationId', id) applicationId: string) {
    return { items: (await this.attachments.list(user, applicationId)).map(toAttachmentResponse) };
  }

  /** The content, as a download: members of the organisation, staff of the call's programme, assigned reviewers (not hidden questions). */
  @Get('attachments/:id/content')
  @Authenticated({ permission: ['applications:apply', 'applications:read-all', 'reviews:work'] })
  async content(
    @CurrentUser() user: Principal,
    @Param('id', id) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { attachment, content } = await this.attachments.open(user, attachmentId);
    void reply.headers({
      'content-type': attachment.mimeType,
      'content-length': String(attachment.sizeBytes),
      'content-disposition': contentDisposition(attachment.fileName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(content);
  }

  @Delete('attachments/:id')
  @Authenticated({ permission: 'applications:apply' })
  @HttpCode(204)
  async remove(@CurrentUser() user: Principal, @Param('id', id) attachmentId: string): Promise<void> {
    await this.attachments.remove(user, attachmentId);
  }
}
