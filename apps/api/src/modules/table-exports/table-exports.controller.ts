import { Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { ZCallApplicationExportQuery, ZExportQuery, ZProjectExportQuery, ZTableExport, type TTableExport } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { TableExportsService } from './table-exports.service';

class CallApplicationExportQueryDto extends createZodDto(ZCallApplicationExportQuery) {}
class ExportQueryDto extends createZodDto(ZExportQuery) {}
class ProjectExportQueryDto extends createZodDto(ZProjectExportQuery) {}
class TableExportDto extends createZodDto(ZTableExport) {}

const SPREADSHEETS = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const callId = resourceIdPipe();
const queued = ApiAcceptedResponse({ type: TableExportDto, description: 'The export, queued: follow it at GET /exports/:id' });

/**
 * A list export is asked for with POST on the list's export address (with the list's filters)
 * and answered 202 at once; the worker writes the file, and the requester downloads it from
 * /exports/:id/file. A large call is then never written inside a web request.
 */
@ApiTags('exports')
@Controller()
export class TableExportsController {
  constructor(private readonly exports: TableExportsService) {}

  @Post('calls/:callId/applications/export')
  @HttpCode(202)
  @queued
  @ApiOperation({ summary: "The filtered list of a call's applications as CSV or XLSX (headers in the user's language)" })
  @Authenticated({ permission: 'applications:read-all' })
  applications(@CurrentUser() user: Principal, @Param('callId', callId) id: string, @Query() query: CallApplicationExportQueryDto): Promise<TTableExport> {
    return this.exports.request(user, 'applications', id, query);
  }

  @Post('calls/:callId/exports/scores')
  @HttpCode(202)
  @queued
  @ApiOperation({ summary: "The call's score matrix: applications × reviewers × criteria" })
  @Authenticated({ permission: 'decisions:manage' })
  scores(@CurrentUser() user: Principal, @Param('callId', callId) id: string, @Query() query: ExportQueryDto): Promise<TTableExport> {
    return this.exports.request(user, 'scores', id, query);
  }

  @Post('calls/:callId/exports/decisions')
  @HttpCode(202)
  @queued
  @ApiOperation({ summary: "The call's ranked list with decisions" })
  @Authenticated({ permission: 'decisions:manage' })
  decisions(@CurrentUser() user: Principal, @Param('callId', callId) id: string, @Query() query: ExportQueryDto): Promise<TTableExport> {
    return this.exports.request(user, 'decisions', id, query);
  }

  @Post('calls/:callId/projects/export')
  @HttpCode(202)
  @queued
  @ApiOperation({ summary: "The call's funded projects, filtered as the list" })
  @Authenticated({ permission: 'projects:manage' })
  projects(@CurrentUser() user: Principal, @Param('callId', callId) id: string, @Query() query: ProjectExportQueryDto): Promise<TTableExport> {
    return this.exports.request(user, 'projects', id, query);
  }

  @Post('calls/:callId/projects/payments/export')
  @HttpCode(202)
  @queued
  @ApiOperation({ summary: "The payment tranches of the call's projects" })
  @Authenticated({ permission: 'projects:manage' })
  payments(@CurrentUser() user: Principal, @Param('callId', callId) id: string, @Query() query: ProjectExportQueryDto): Promise<TTableExport> {
    return this.exports.request(user, 'payments', id, query);
  }

  @Post('calls/:callId/projects/reports/export')
  @HttpCode(202)
  @queued
  @ApiOperation({ summary: "The reports of the call's projects: status, due date, submission, indicator totals" })
  @Authenticated({ permission: 'projects:manage' })
  reports(@CurrentUser() user: Principal, @Param('callId', callId) id: string, @Query() query: ProjectExportQueryDto): Promise<TTableExport> {
    return this.exports.request(user, 'reports', id, query);
  }

  @Get('exports/:id')
  @ApiOperation({ summary: 'One of your exports: queued, running, ready (with its download address), failed or expired' })
  @Authenticated({ permission: ['applications:read-all', 'decisions:manage', 'projects:manage'] })
  status(@CurrentUser() user: Principal, @Param('id', resourceIdPipe()) id: string): Promise<TTableExport> {
    return this.exports.status(user, id);
  }

  @Get('exports/:id/file')
  @ApiOperation({ summary: 'The file of one of your exports, once ready (kept for 24 hours)' })
  @ApiProduces(...SPREADSHEETS)
  @Authenticated({ permission: ['applications:read-all', 'decisions:manage', 'projects:manage'] })
  async file(@CurrentUser() user: Principal, @Param('id', resourceIdPipe()) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const file = await this.exports.download(user, id);
    void reply.headers({
      'content-type': file.contentType,
      'content-length': String(file.sizeBytes),
      'content-disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(file.stream);
  }
}
