import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

type Db = PrismaService | Tx;

/** Queries of a call's review settings and rubric. */
@Injectable()
export class ReviewSettingsRepository {
  constructor(private readonly prisma: PrismaService) {}

  criteria(callId: string, db: Db = this.prisma) {
    return db.rubricCriterion.findMany({ where: { callId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
  }

  latestForm(callId: string) {
    return this.prisma.callForm.findFirst({ where: { callId }, orderBy: { version: 'desc' } });
  }

  /** Locked once any review of the call has been submitted (a reopened one counts: it was scored on this rubric). */
  async isRubricLocked(callId: string, db: Db = this.prisma): Promise<boolean> {
    return (await db.reviewAssignment.count({ where: { callId, submittedAt: { not: null } } })) > 0;
  }

  /** Writes only if nobody changed the call since `version` was read; null means stale. */
  async updateCallIfVersion(tx: Tx, id: string, version: number, data: Prisma.CallUncheckedUpdateInput) {
    const result = await tx.call.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return result.count === 1 ? tx.call.findUniqueOrThrow({ where: { id } }) : null;
  }

  currentVersion(tx: Tx, id: string) {
    return tx.call.findUniqueOrThrow({ where: { id }, select: { version: true } }).then((call) => call.version);
  }

  deleteCriteriaExcept(tx: Tx, callId: string, keepIds: string[]) {
    return tx.rubricCriterion.deleteMany({ where: { callId, id: { notIn: keepIds } } });
  }

  updateCriterion(tx: Tx, id: string, data: Prisma.RubricCriterionUncheckedUpdateInput) {
    return tx.rubricCriterion.update({ where: { id }, data });
  }

  createCriterion(tx: Tx, data: Prisma.RubricCriterionUncheckedCreateInput) {
    return tx.rubricCriterion.create({ data });
  }
}
