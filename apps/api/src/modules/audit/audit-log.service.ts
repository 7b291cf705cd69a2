import { Injectable } from '@nestjs/common';
import type { TAuditListQuery, TAuditListResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditLogRepository, type AuditReader } from './audit-log.repository';
import { withoutPersonalData } from './audit-scope';

@Injectable()
export class AuditLogService {
  constructor(private readonly auditLog: AuditLogRepository) {}

  async list(principal: Principal, query: TAuditListQuery): Promise<TAuditListResponse> {
    const admin = principal.roles.includes('admin');
    const reader: AuditReader = admin ? { kind: 'admin' } : { kind: 'coordinator', userId: principal.id };
    const { rows, total } = await this.auditLog.list(reader, query);
    const shown = admin ? (value: unknown) => value : withoutPersonalData;
    return {
      items: rows.map((row) => ({
        id: row.id,
        actorId: row.actorId,
        actorName: row.actorName,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: shown(row.before),
        after: shown(row.after),
        requestId: row.requestId,
        createdAt: row.createdAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
