import { Injectable } from '@nestjs/common';
import { EXPORTS_IN_PROGRESS_PER_USER, type TTableExportKind } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import type { Prisma, TableExport } from '../../generated/prisma/client';
import { PrismaService } from '../../prisma/prisma.service';

/** A waiting or running export older than this no longer counts against the user's limit (a lost job must not block them). */
export const IN_PROGRESS_WINDOW_MS = 30 * 60_000;

export type NewTableExport = { kind: TTableExportKind; format: 'csv' | 'xlsx'; callId: string; query: Prisma.InputJsonObject; requestedById: string };

@Injectable()
export class TableExportsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Creates the export unless the user already has EXPORTS_IN_PROGRESS_PER_USER waiting or
   * running; a per-user advisory lock makes two requests at once count each other.
   */
  async createWithinLimit(data: NewTableExport, now: Date): Promise<TableExport | null> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('table-export:' || ${data.requestedById}))`;
      const inProgress = await tx.tableExport.count({
        where: { requestedById: data.requestedById, status: { in: ['queued', 'running'] }, createdAt: { gt: new Date(now.getTime() - IN_PROGRESS_WINDOW_MS) } },
      });
      if (inProgress >= EXPORTS_IN_PROGRESS_PER_USER) return null;
      return tx.tableExport.create({ data: { ...data, createdAt: now } });
    });
  }

  findOfRequester(id: string, requestedById: string): Promise<TableExport | null> {
    return this.prisma.tableExport.findFirst({ where: { id, requestedById } });
  }

  find(id: string): Promise<TableExport | null> {
    return this.prisma.tableExport.findUnique({ where: { id } });
  }

  /** Claims a waiting export for writing (or one whose earlier run stopped with the worker); null when there is nothing to do. */
  async claim(id: string, now: Date): Promise<TableExport | null> {
    const { count } = await this.prisma.tableExport.updateMany({ where: { id, status: { in: ['queued', 'running'] } }, data: { status: 'running', startedAt: now } });
    return count === 0 ? null : this.find(id);
  }

  markReady(id: string, file: { fileName: string; contentType: string; storageKey: string; sizeBytes: number }, finishedAt: Date, expiresAt: Date) {
    return this.prisma.tableExport.update({ where: { id }, data: { ...file, status: 'ready', finishedAt, expiresAt } });
  }

  markFailed(id: string, finishedAt: Date, expiresAt: Date) {
    return this.prisma.tableExport.update({ where: { id }, data: { status: 'failed', finishedAt, expiresAt } });
  }

  /** Exports past their time: finished ones after expiresAt, and ones that never finished after a day. */
  expired(now: Date, limit: number) {
    return this.prisma.tableExport.findMany({
      where: { OR: [{ expiresAt: { lt: now } }, { status: { in: ['queued', 'running'] }, createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } }] },
      select: { id: true, storageKey: true },
      take: limit,
    });
  }

  delete(ids: string[]) {
    return this.prisma.tableExport.deleteMany({ where: { id: { in: ids } } });
  }

  /** The requester as the writing worker sees them: their current roles and language, none if the account is closed. */
  async principalOf(userId: string): Promise<Principal | null> {
    const user = await this.prisma.user.findUnique({ where: { id: userId } });
    if (!user || user.deactivatedAt || user.erasedAt) return null;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      locale: user.locale,
      sessionId: '',
      secondFactorPending: false,
      totpEnabled: user.totpEnabledAt !== null,
      reauthenticatedAt: null,
    };
  }
}
