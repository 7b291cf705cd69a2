import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { sendTableFile } from '../../common/export/send-table-file';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { CallApplicationExportQueryDto } from './applications.dto';
import { CallApplicationsExportService } from './call-applications-export.service';

@ApiTags('applications')
@Controller('calls/:callId/applications/export')
export class CallApplicationsExportController {
  constructor(private readonly exports: CallApplicationsExportService) {}

  /** The filtered list of a call's applications as CSV or XLSX (headers in the user's language). */
  @Get()
  @Authenticated({ permission: 'applications:read-all' })
  async export(@CurrentUser() user: Principal, @Param('callId', resourceIdPipe()) callId: string, @Query() query: CallApplicationExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendTableFile(reply, await this.exports.export(user, callId, query));
  }
}
