import type {} from '@fastify/multipart';
import { Controller, Get, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { SIGNED_COPY_UPLOAD_FIELD, ZAgreementDocument, ZProjectAgreement } from '@kopa/shared';
import { Authenticated } from '../../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import type { Principal } from '../../../common/auth/principal';
import { resourceIdPipe } from '../../../common/http/resource-id.pipe';
import { Problems } from '../../../common/problem/problem.exception';
import { contentDisposition } from '../../attachments/file-name';
import { AgreementService } from './agreement.service';

class ProjectAgreementDto extends createZodDto(ZProjectAgreement) {}
class AgreementDocumentDto extends createZodDto(ZAgreementDocument) {}

@ApiTags('projects')
@Controller('projects/:id/agreement')
export class AgreementController {
  constructor(private readonly agreement: AgreementService) {}

  @Get()
  @ApiOperation({ summary: "The project's agreement files: every issued version and every signed copy" })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ProjectAgreementDto })
  list(@CurrentUser() user: Principal, @Param('id', resourceIdPipe()) projectId: string) {
    return this.agreement.list(user, projectId);
  }

  @Post('issue')
  @ApiOperation({ summary: 'Generate the bilingual grant agreement PDF as a new stored version' })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: AgreementDocumentDto, status: 201 })
  issue(@CurrentUser() user: Principal, @Param('id', resourceIdPipe()) projectId: string) {
    return this.agreement.issue(user, projectId);
  }

  /** multipart/form-data with one file (PDF, JPEG or PNG) in the field `file`. */
  @Post('signed-copies')
  @ApiOperation({ summary: 'Upload the copy of the agreement signed by both sides' })
  @Authenticated({ permission: 'projects:manage' })
  @ApiConsumes('multipart/form-data')
  @ZodResponse({ type: AgreementDocumentDto, status: 201 })
  async uploadSigned(@CurrentUser() user: Principal, @Param('id', resourceIdPipe()) projectId: string, @Req() request: FastifyRequest) {
    const part = request.isMultipart() ? await request.file() : undefined;
    if (!part || part.fieldname !== SIGNED_COPY_UPLOAD_FIELD) {
      throw Problems.validation([{ path: SIGNED_COPY_UPLOAD_FIELD, code: 'custom', message: 'attachment.file.missing' }]);
    }
    return this.agreement.uploadSigned(user, projectId, { fileName: part.filename, content: part.file });
  }

  @Get('documents/:documentId/content')
  @ApiOperation({ summary: 'Download one agreement file exactly as it was issued or uploaded' })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  async content(
    @CurrentUser() user: Principal,
    @Param('id', resourceIdPipe()) projectId: string,
    @Param('documentId', resourceIdPipe()) documentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { document, content } = await this.agreement.open(user, projectId, documentId);
    void reply.headers({
      'content-type': document.mimeType,
      'content-length': String(document.sizeBytes),
      'content-disposition': contentDisposition(document.fileName),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(content);
  }
}
