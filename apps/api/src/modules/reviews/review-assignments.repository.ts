import { Injectable } from '@nestjs/common';
import type { TApplicationStatus } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma, ReviewAssignmentStatus } from '../../generated/prisma/client';

type Db = PrismaService | Tx;

/** Pending, in progress or submitted: the reviewer is (still) on the application. */
export const ACTIVE_ASSIGNMENT: ReviewAssignmentStatus[] = ['pending', 'in_progress', 'submitted'];
/** Applications that take reviewers. */
export const ASSIGNABLE_STATUSES: TApplicationStatus[] = ['eligible', 'under_review', 'reviewed'];

/** Queries of review assignments as coordinators and the assignment planner need them. */
@Injectable()
export class ReviewAssignmentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Applications of the call with everyone who is or was on them (the planner's input). */
  applicationsForPlanning(tx: Tx, callId: string, where: Prisma.ApplicationWhereInput) {
    return tx.application.findMany({
      where: { callId, ...where },
      select: { id: true, organisationId: true, status: true, referenceNumber: true, assignments: { select: { reviewerId: true, status: true } } },
      orderBy: { id: 'asc' },
    });
  }

  /** The call's pool with each reviewer's load, memberships and declared conflicts. */
  poolForPlanning(tx: Tx, callId: string) {
    return tx.reviewerPoolMember.findMany({
      where: { callId },
      select: {
        user: {
          select: {
            id: true,
            memberships: { select: { organisationId: true } },
            reviewerConflicts: { select: { organisationId: true } },
            _count: { select: { reviewAssignments: { where: { callId, status: { in: ACTIVE_ASSIGNMENT } } } } },
          },
        },
      },
    });
  }

  createAssignment(tx: Tx, data: Prisma.ReviewAssignmentUncheckedCreateInput) {
    return tx.reviewAssignment.create({ data });
  }

  findReviewers(tx: Tx, ids: string[]) {
    return tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, displayName: true, locale: true } });
  }

  lockApplication(tx: Tx, id: string) {
    return tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  findApplication(tx: Tx, id: string) {
    return tx.application.findUnique({
      where: { id },
      select: { id: true, callId: true, status: true, version: true, referenceNumber: true, assignments: { select: { status: true } } },
    });
  }

  setApplicationStatus(tx: Tx, id: string, status: TApplicationStatus) {
    return tx.application.update({ where: { id }, data: { status, version: { increment: 1 } } });
  }

  /** The assignment with its call, for staff actions (release, reopen). */
  applicationReference(tx: Tx, applicationId: string) {
    return tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { referenceNumber: true } });
  }

  findWithCall(id: string, db: Db = this.prisma) {
    return db.reviewAssignment.findUnique({ where: { id }, include: { call: true } });
  }

  lockAssignment(tx: Tx, id: string) {
    return tx.$queryRaw`SELECT id FROM "ReviewAssignment" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  updateAssignment(tx: Tx, id: string, data: Prisma.ReviewAssignmentUncheckedUpdateInput) {
    return tx.reviewAssignment.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  }

  /** One page of the call's applications in review statuses, with every assignment on them. */
  async progressPage(callId: string, statuses: TApplicationStatus[], skip: number, take: number) {
    const where: Prisma.ApplicationWhereInput = { callId, status: { in: statuses } };
    const [total, items] = await Promise.all([
      this.prisma.application.count({ where }),
      this.prisma.application.findMany({
        where,
        select: {
          id: true,
          referenceNumber: true,
          status: true,
          organisation: { select: { legalName: true } },
          assignments: {
            select: { id: true, reviewerId: true, status: true, submittedAt: true, releaseReason: true, reviewer: { select: { displayName: true } } },
            orderBy: { createdAt: 'asc' },
          },
        },
        orderBy: [{ referenceNumber: 'asc' }, { id: 'asc' }],
        skip,
        take,
      }),
    ]);
    return { total, items };
  }

  /** Per call: how many applications are in review and how many have all their reviews in. */
  async progressSummary(callId: string, statuses: TApplicationStatus[]) {
    const [applications, fullyReviewed, assignments, submitted] = await Promise.all([
      this.prisma.application.count({ where: { callId, status: { in: statuses } } }),
      this.prisma.application.count({ where: { callId, status: 'reviewed' } }),
      this.prisma.reviewAssignment.count({ where: { callId, status: { in: ACTIVE_ASSIGNMENT } } }),
      this.prisma.reviewAssignment.count({ where: { callId, status: 'submitted' } }),
    ]);
    return { applications, fullyReviewed, assignments, submitted };
  }
}
