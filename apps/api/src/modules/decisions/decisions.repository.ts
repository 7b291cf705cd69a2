import { Injectable } from '@nestjs/common';
import type { ZRankedListQuery } from '@kopa/shared';
import type { z } from 'zod';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';
import { rankedListSql, rankedPageSql, type RankedRow } from './scores.sql';

type Db = PrismaService | Tx;

const applicationInclude = {
  call: true,
  organisation: { select: { id: true, legalName: true } },
  decision: true,
} as const satisfies Prisma.ApplicationInclude;

export type DecisionApplication = Prisma.ApplicationGetPayload<{ include: typeof applicationInclude }>;

/** Statuses that still wait for an outcome: letters go out only when none is left. */
export const UNDECIDED_STATUSES = ['submitted', 'clarification_requested', 'eligible', 'under_review', 'reviewed'] as const;

/** Queries of the decisions area: calls, applications, decisions and the budget (who may: the application gate). */
@Injectable()
export class DecisionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Serialises every decision and letter run of one call: the budget is checked and spent under this lock. */
  async lockCall(tx: Tx, id: string) {
    await tx.$queryRaw`SELECT id FROM "Call" WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.call.findUniqueOrThrow({ where: { id } });
  }

  findApplication(id: string, db: Db = this.prisma): Promise<DecisionApplication | null> {
    return db.application.findUnique({ where: { id }, include: applicationInclude });
  }

  async lockApplication(tx: Tx, id: string): Promise<DecisionApplication> {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.application.findUniqueOrThrow({ where: { id }, include: applicationInclude });
  }

  /** Sum of the awards in the call, optionally leaving one application out (the one being decided again). */
  async allocatedCents(callId: string, db: Db = this.prisma, exceptApplicationId?: string): Promise<bigint> {
    const result = await db.decision.aggregate({
      where: { callId, kind: 'award', ...(exceptApplicationId ? { applicationId: { not: exceptApplicationId } } : {}) },
      _sum: { amountCents: true },
    });
    return result._sum.amountCents ?? 0n;
  }

  rankedPage(callId: string, query: z.infer<typeof ZRankedListQuery>) {
    return this.prisma.$queryRaw<RankedRow[]>(rankedPageSql(callId, query));
  }

  /** The whole ranked list, best first, `batch` rows at a time: the call is scored once, read through a cursor. */
  forEachRankedBatch(callId: string, batch: number, onBatch: (rows: RankedRow[]) => Promise<void>): Promise<void> {
    return this.prisma.readRawInBatches(rankedListSql(callId), batch, onBatch);
  }

  countUndecided(callId: string, db: Db = this.prisma) {
    return db.application.count({ where: { callId, status: { in: [...UNDECIDED_STATUSES] } } });
  }

  countUnsentLetters(callId: string, db: Db = this.prisma) {
    return db.decision.count({ where: { callId, letterQueuedAt: null } });
  }

  upsertDecision(tx: Tx, applicationId: string, data: Omit<Prisma.DecisionUncheckedCreateInput, 'applicationId'>) {
    return tx.decision.upsert({
      where: { applicationId },
      create: { applicationId, ...data },
      update: { ...data, version: { increment: 1 } },
    });
  }

  updateApplication(tx: Tx, id: string, data: Prisma.ApplicationUncheckedUpdateInput) {
    return tx.application.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  }

  userName(id: string | null) {
    if (!id) return Promise.resolve(null);
    return this.prisma.user.findUnique({ where: { id }, select: { displayName: true } }).then((user) => user?.displayName ?? null);
  }
}
