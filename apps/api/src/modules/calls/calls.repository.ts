import { Injectable } from '@nestjs/common';
import type { TCallStatus } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

/** Who is asking decides which calls exist for them: staff see their programmes', readers all. */
export type CallScope = { kind: 'all' } | { kind: 'staff'; userId: string };

function scopeWhere(scope: CallScope): Prisma.CallWhereInput {
  return scope.kind === 'all' ? {} : { programme: { staff: { some: { userId: scope.userId } } } };
}

const withProgramme = { programme: { select: { nameLv: true, nameEn: true } } } as const;

@Injectable()
export class CallsRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(scope: CallScope, status?: TCallStatus) {
    return this.prisma.call.findMany({
      where: { ...scopeWhere(scope), ...(status ? { status } : {}) },
      orderBy: [{ closesAt: 'desc' }, { createdAt: 'desc' }],
    });
  }

  findInScope(id: string, scope: CallScope) {
    return this.prisma.call.findFirst({ where: { id, ...scopeWhere(scope) } });
  }

  isProgrammeStaff(programmeId: string, userId: string) {
    return this.prisma.programmeStaff
      .findUnique({ where: { programmeId_userId: { programmeId, userId } } })
      .then((row) => row !== null);
  }

  create(tx: Tx, data: Prisma.CallUncheckedCreateInput) {
    return tx.call.create({ data });
  }

  /** Copies a call's rubric criteria to another call (cloning). */
  async copyRubric(tx: Tx, fromCallId: string, toCallId: string): Promise<void> {
    const criteria = await tx.rubricCriterion.findMany({ where: { callId: fromCallId }, orderBy: { position: 'asc' } });
    await tx.rubricCriterion.createMany({
      data: criteria.map(({ id: _id, callId: _callId, createdAt: _createdAt, ...criterion }) => ({ ...criterion, callId: toCallId })),
    });
  }

  /** Writes only if nobody changed the row since `version` was read; null means stale. */
  async updateIfVersion(tx: Tx, id: string, version: number, data: Prisma.CallUncheckedUpdateInput) {
    const result = await tx.call.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    return result.count === 1 ? tx.call.findUniqueOrThrow({ where: { id } }) : null;
  }

  /** Published calls accepting applications at `now`, soonest deadline first. */
  listOpen(now: Date) {
    return this.prisma.call.findMany({
      where: { status: 'published', opensAt: { lte: now }, closesAt: { gt: now } },
      orderBy: [{ closesAt: 'asc' }, { id: 'asc' }],
      include: withProgramme,
    });
  }

  /** Published calls that have not opened yet, soonest opening first. */
  listUpcoming(now: Date) {
    return this.prisma.call.findMany({
      where: { status: 'published', opensAt: { gt: now } },
      orderBy: [{ opensAt: 'asc' }, { id: 'asc' }],
      include: withProgramme,
    });
  }

  findPublic(id: string) {
    return this.prisma.call.findFirst({
      where: { id, status: { not: 'draft' } },
      include: withProgramme,
    });
  }
}
