import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ZAuditListQuery, ZAuditListResponse } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { AuditLogService } from './audit-log.service';

class AuditListQueryDto extends createZodDto(ZAuditListQuery) {}
class AuditListDto extends createZodDto(ZAuditListResponse) {}

@ApiTags('audit')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  /** Admins read the whole log; coordinators only entries about their programmes' calls, applications and applicants. */
  @Get()
  @Authenticated({ permission: 'audit:read' })
  @ZodResponse({ type: AuditListDto })
  list(@CurrentUser() principal: Principal, @Query() query: AuditListQueryDto) {
    return this.auditLog.list(principal, query);
  }
}
