import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { ZProjectExportQuery } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { sendTableFile } from '../../common/export/send-table-file';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { ProjectExportsService } from './project-exports.service';

class ProjectExportQueryDto extends createZodDto(ZProjectExportQuery) {}

const SPREADSHEETS = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

@ApiTags('projects')
@Controller('calls/:callId/projects')
export class ProjectExportsController {
  constructor(private readonly exports: ProjectExportsService) {}

  @Get('export')
  @ApiOperation({ summary: "The call's funded projects as CSV or XLSX, filtered as the list (headers in the user's language)" })
  @ApiProduces(...SPREADSHEETS)
  @Authenticated({ permission: 'projects:manage' })
  async projects(@CurrentUser() user: Principal, @Param('callId', resourceIdPipe()) callId: string, @Query() query: ProjectExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendTableFile(reply, await this.exports.projectsOf(user, callId, query));
  }

  @Get('payments/export')
  @ApiOperation({ summary: "The payment tranches of the call's projects as CSV or XLSX (headers in the user's language)" })
  @ApiProduces(...SPREADSHEETS)
  @Authenticated({ permission: 'projects:manage' })
  async payments(@CurrentUser() user: Principal, @Param('callId', resourceIdPipe()) callId: string, @Query() query: ProjectExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendTableFile(reply, await this.exports.paymentsOf(user, callId, query));
  }

  @Get('reports/export')
  @ApiOperation({ summary: "The reports of the call's projects as CSV or XLSX: status, due date, submission, indicator totals (headers in the user's language)" })
  @ApiProduces(...SPREADSHEETS)
  @Authenticated({ permission: 'projects:manage' })
  async reports(@CurrentUser() user: Principal, @Param('callId', resourceIdPipe()) callId: string, @Query() query: ProjectExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendTableFile(reply, await this.exports.reportsOf(user, callId, query));
  }
}
