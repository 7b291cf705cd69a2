import { Injectable } from '@nestjs/common';
import type { TAuditListQuery } from '@kopa/shared';
import { Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../prisma/prisma.service';
import { coordinatorScope } from './audit-scope';

export interface AuditRow {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  createdAt: Date;
}

/** Whose log is read: admins the whole of it, coordinators the part scoped to their programmes. */
export type AuditReader = { kind: 'admin' } | { kind: 'coordinator'; userId: string };

@Injectable()
export class AuditLogRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(reader: AuditReader, query: TAuditListQuery): Promise<{ rows: AuditRow[]; total: number }> {
    const where = this.where(reader, query);
    const offset = (query.page - 1) * query.pageSize;
    const [rows, count] = await Promise.all([
      this.prisma.$queryRaw<AuditRow[]>`
        SELECT l.id::text AS id, l."actorId"::text AS "actorId", u."displayName" AS "actorName", l.action,
               l."entityType", l."entityId", l.before, l.after, l."requestId", l."createdAt"
        FROM "AuditLog" l LEFT JOIN "User" u ON u.id = l."actorId"
        WHERE ${where}
        ORDER BY l."createdAt" DESC, l.id DESC
        LIMIT ${query.pageSize} OFFSET ${offset}`,
      this.prisma.$queryRaw<[{ total: bigint }]>`SELECT count(*) AS total FROM "AuditLog" l WHERE ${where}`,
    ]);
    return { rows, total: Number(count[0].total) };
  }

  private where(reader: AuditReader, query: TAuditListQuery): Prisma.Sql {
    const clauses: Prisma.Sql[] = [Prisma.sql`TRUE`];
    if (reader.kind === 'coordinator') clauses.push(coordinatorScope(reader.userId));
    if (query.entityType) clauses.push(Prisma.sql`l."entityType" = ${query.entityType}`);
    if (query.entityId) clauses.push(Prisma.sql`l."entityId" = ${query.entityId}`);
    if (query.actorId) clauses.push(Prisma.sql`l."actorId" = ${query.actorId}::uuid`);
    if (query.action) clauses.push(Prisma.sql`l.action = ${query.action}`);
    if (query.from) clauses.push(Prisma.sql`l."createdAt" >= ${new Date(query.from)}`);
    if (query.to) clauses.push(Prisma.sql`l."createdAt" < ${new Date(query.to)}`);
    return Prisma.join(clauses, ' AND ');
  }
}
