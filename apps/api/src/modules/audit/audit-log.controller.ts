import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { AuditLogRepository } from './audit-log.repository';

const ZAuditQuery = z.object({
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const ZAuditEntry = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.string(),
});
class AuditQueryDto extends createZodDto(ZAuditQuery) {}
class AuditListDto extends createZodDto(z.object({ items: z.array(ZAuditEntry) })) {}

@ApiTags('audit')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogRepository) {}

  @Get()
  @Authenticated({ permission: 'audit:read' })
  @ZodResponse({ type: AuditListDto })
  async list(@Query() query: AuditQueryDto) {
    const rows = await this.auditLog.list(query, query.limit);
    return {
      items: rows.map((row) => ({
        id: row.id,
        actorId: row.actorId,
        actorEmail: row.actor?.email ?? null,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
        createdAt: row.createdAt.toISOString(),
      })),
    };
  }
}
