import { Injectable } from '@nestjs/common';
import type { TAuditAction } from '@kopa/shared';
import type { Tx } from '../../prisma/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { currentRequestId } from '../http/request-context';

export interface AuditEntry {
  actorId: string | null;
  action: TAuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Money is stored as BigInt cents; JSON has no BigInt, so audit snapshots store numbers. */
function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? Number(v) : v)));
}

/** Writes the audit trail inside the same transaction as the change it describes. */
@Injectable()
export class AuditService {
  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    await tx.auditLog.create({
      data: {
        actorId: entry.actorId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: toJson(entry.before),
        after: toJson(entry.after),
        requestId: currentRequestId() ?? null,
      },
      // Nothing is read back: the entry's before/after documents would only be parsed and dropped.
      select: { id: true },
    });
  }
}
