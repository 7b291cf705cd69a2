import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma, ReviewAssignmentStatus } from '../../generated/prisma/client';

type Db = PrismaService | Tx;

const workInclude = {
  call: { include: { criteria: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] } } },
  scores: true,
  application: {
    select: {
      id: true,
      callId: true,
      organisationId: true,
      referenceNumber: true,
      submittedAt: true,
      formVersion: true,
      answers: true,
      organisation: { select: { legalName: true, type: true, municipalityCode: true } },
      attachments: { where: { deletedAt: null }, orderBy: { createdAt: 'asc' } },
    },
  },
} as const satisfies Prisma.ReviewAssignmentInclude;

export type WorkAssignment = Prisma.ReviewAssignmentGetPayload<{ include: typeof workInclude }>;

/** Queries of a reviewer's own work; every one is scoped to the reviewer's id. */
@Injectable()
export class ReviewerWorkRepository {
  constructor(private readonly prisma: PrismaService) {}

  async listMine(reviewerId: string, statuses: ReviewAssignmentStatus[], skip: number, take: number) {
    const where: Prisma.ReviewAssignmentWhereInput = { reviewerId, status: { in: statuses } };
    const [total, items] = await Promise.all([
      this.prisma.reviewAssignment.count({ where }),
      this.prisma.reviewAssignment.findMany({
        where,
        include: {
          call: { select: { id: true, code: true, titleLv: true, titleEn: true, reviewDueAt: true, _count: { select: { criteria: true } } } },
          application: { select: { referenceNumber: true } },
          _count: { select: { scores: { where: { score: { not: null } } } } },
        },
        // Unfinished first, then by due date.
        orderBy: [{ submittedAt: { sort: 'desc', nulls: 'first' } }, { call: { reviewDueAt: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
        skip,
        take,
      }),
    ]);
    return { total, items };
  }

  /** The assignment only if it is the reviewer's own: someone else's answers as not found. */
  findMine(id: string, reviewerId: string, db: Db = this.prisma): Promise<WorkAssignment | null> {
    return db.reviewAssignment.findFirst({ where: { id, reviewerId }, include: workInclude });
  }

  lock(tx: Tx, id: string) {
    return tx.$queryRaw`SELECT id FROM "ReviewAssignment" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  findForm(callId: string, version: number) {
    return this.prisma.callForm.findUnique({ where: { callId_version: { callId, version } } });
  }

  /** Writes only if the reviewer's version is current; null means stale. */
  async updateIfVersion(tx: Tx, id: string, version: number, data: Prisma.ReviewAssignmentUncheckedUpdateManyInput) {
    const result = await tx.reviewAssignment.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    return result.count === 1;
  }

  /** Unfinished (pending or in progress) becomes conflicted; a submitted review stays as it is. */
  markConflicted(tx: Tx, id: string, at: Date, note: string) {
    return tx.reviewAssignment.updateMany({
      where: { id, status: { in: ['pending', 'in_progress'] } },
      data: { status: 'conflicted', conflictDeclaredAt: at, conflictNote: note, version: { increment: 1 } },
    });
  }

  upsertScore(tx: Tx, assignmentId: string, criterionId: string, data: { score: number | null; comment: string }) {
    return tx.reviewScore.upsert({
      where: { assignmentId_criterionId: { assignmentId, criterionId } },
      create: { assignmentId, criterionId, ...data },
      update: data,
    });
  }

  upsertConflict(tx: Tx, data: { reviewerId: string; organisationId: string; note: string; assignmentId: string }) {
    return tx.reviewerConflict.upsert({
      where: { reviewerId_organisationId: { reviewerId: data.reviewerId, organisationId: data.organisationId } },
      create: data,
      update: {},
    });
  }

  /** The reviewer's other unfinished assignments on the organisation's applications (any call). */
  otherUnfinishedWithOrganisation(tx: Tx, reviewerId: string, organisationId: string, exceptId: string) {
    return tx.reviewAssignment.findMany({
      where: { reviewerId, id: { not: exceptId }, status: { in: ['pending', 'in_progress'] }, application: { organisationId } },
      include: { call: true },
    });
  }

  findCall(tx: Tx, id: string) {
    return tx.call.findUniqueOrThrow({ where: { id } });
  }

  lockCall(tx: Tx, id: string) {
    return tx.$queryRaw`SELECT id FROM "Call" WHERE id = ${id}::uuid FOR UPDATE`;
  }
}
