import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { CallForm, Prisma } from '../../generated/prisma/client';

/** What the public page of a call shows of its form. */
export type PublicCallForm = Pick<CallForm, 'callId' | 'version' | 'definition'>;

/** Applications that have left draft (withdrawn drafts never did) fix the version they answer. */
const leftDraft: Prisma.ApplicationWhereInput = {
  OR: [{ submittedAt: { not: null } }, { status: { notIn: ['draft', 'withdrawn'] } }],
};

@Injectable()
export class CallFormsRepository {
  constructor(private readonly prisma: PrismaService) {}

  latest(callId: string, tx: Tx | PrismaService = this.prisma) {
    return tx.callForm.findFirst({ where: { callId }, orderBy: { version: 'desc' } });
  }

  /** The latest form of the call if the call is published: one statement, as every visitor of a call page asks it. */
  async latestOfPublishedCall(callId: string): Promise<PublicCallForm | null> {
    const rows = await this.prisma.$queryRaw<PublicCallForm[]>`
      SELECT f."callId"::text AS "callId", f.version, f.definition
      FROM "CallForm" f JOIN "Call" c ON c.id = f."callId"
      WHERE f."callId" = ${callId}::uuid AND c.status = 'published'
      ORDER BY f.version DESC LIMIT 1`;
    return rows[0] ?? null;
  }

  byVersion(callId: string, version: number) {
    return this.prisma.callForm.findUnique({ where: { callId_version: { callId, version } } });
  }

  async versions(callId: string, tx: Tx | PrismaService = this.prisma): Promise<number[]> {
    const rows = await tx.callForm.findMany({ where: { callId }, select: { version: true }, orderBy: { version: 'asc' } });
    return rows.map((row) => row.version);
  }

  async isLocked(callId: string, version: number, tx: Tx | PrismaService = this.prisma): Promise<boolean> {
    const found = await tx.application.findFirst({ where: { callId, formVersion: version, ...leftDraft }, select: { id: true } });
    return found !== null;
  }

  /**
   * Locks the latest version's row for this transaction, so two saves (or a save and a
   * submission that takes the same lock) run one after the other.
   */
  async lockVersion(tx: Tx, callId: string, version: number): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "CallForm" WHERE "callId" = ${callId}::uuid AND version = ${version} FOR UPDATE`;
  }

  create(tx: Tx, data: Prisma.CallFormUncheckedCreateInput) {
    return tx.callForm.create({ data });
  }

  /** Writes only if the row is still as it was read (`updatedAt`); null means stale. */
  async updateIfUnchanged(tx: Tx, id: string, updatedAt: Date, definition: Prisma.InputJsonValue) {
    const result = await tx.callForm.updateMany({ where: { id, updatedAt }, data: { definition, updatedAt: new Date() } });
    return result.count === 1 ? tx.callForm.findUniqueOrThrow({ where: { id } }) : null;
  }

  draftsAnswering(tx: Tx, callId: string, version: number) {
    return tx.application.findMany({
      where: { callId, formVersion: version, status: 'draft', submittedAt: null },
      select: { id: true, answers: true, fieldVersions: true },
    });
  }

  updateDraftAnswers(tx: Tx, id: string, answers: Prisma.InputJsonValue, fieldVersions: Prisma.InputJsonValue) {
    return tx.application.update({ where: { id }, data: { answers, fieldVersions, version: { increment: 1 } } });
  }
}
