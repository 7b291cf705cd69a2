import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Authenticated } from '../../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import type { Principal } from '../../../common/auth/principal';
import { ExportQueryDto } from '../decisions.dto';
import { ExportsService } from './exports.service';
import { sendTableFile } from '../../../common/export/send-table-file';

const id = new ParseUUIDPipe({ version: '4' });

const send = sendTableFile;

@ApiTags('decisions')
@Controller('calls/:callId/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** Applications × reviewers × criteria. */
  @Get('scores')
  @Authenticated({ permission: 'decisions:manage' })
  async scores(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, await this.exports.scoreMatrix(user, callId, query));
  }

  @Get('decisions')
  @Authenticated({ permission: 'decisions:manage' })
  async decisions(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    return send(reply, await this.exports.decisionList(user, callId, query));
  }
}
