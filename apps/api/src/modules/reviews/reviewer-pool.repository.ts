import { Injectable } from '@nestjs/common';
import type { TLocale } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

export interface PoolRow {
  userId: string;
  displayName: string;
  email: string;
  emailVerifiedAt: Date | null;
  addedAt: Date;
  assigned: bigint;
  submitted: bigint;
  conflicted: bigint;
}

/** Queries of a call's reviewer pool (paged and counted in SQL). */
@Injectable()
export class ReviewerPoolRepository {
  constructor(private readonly prisma: PrismaService) {}

  countPool(callId: string) {
    return this.prisma.reviewerPoolMember.count({ where: { callId } });
  }

  /** One page of the pool with each reviewer's assignment counts in this call. */
  listPool(callId: string, skip: number, take: number) {
    return this.prisma.$queryRaw<PoolRow[]>`
      SELECT u.id AS "userId", u."displayName", u.email, u."emailVerifiedAt", p."createdAt" AS "addedAt",
        COUNT(a.id) FILTER (WHERE a.status IN ('pending', 'in_progress', 'submitted')) AS assigned,
        COUNT(a.id) FILTER (WHERE a.status = 'submitted') AS submitted,
        COUNT(a.id) FILTER (WHERE a.status = 'conflicted') AS conflicted
      FROM "ReviewerPoolMember" p
      JOIN "User" u ON u.id = p."userId"
      LEFT JOIN "ReviewAssignment" a ON a."callId" = p."callId" AND a."reviewerId" = p."userId"
      WHERE p."callId" = ${callId}::uuid
      GROUP BY u.id, p."createdAt"
      ORDER BY lower(u."displayName"), u.id
      LIMIT ${take} OFFSET ${skip}`;
  }

  private candidateWhere(callId: string, q: string): Prisma.UserWhereInput {
    return {
      roles: { has: 'reviewer' },
      reviewerPools: { none: { callId } },
      ...(q ? { OR: [{ email: { contains: q, mode: 'insensitive' } }, { displayName: { contains: q, mode: 'insensitive' } }] } : {}),
    };
  }

  async searchCandidates(callId: string, q: string, skip: number, take: number) {
    const where = this.candidateWhere(callId, q);
    const [total, items] = await Promise.all([
      this.prisma.user.count({ where }),
      this.prisma.user.findMany({
        where,
        select: { id: true, displayName: true, email: true },
        orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
        skip,
        take,
      }),
    ]);
    return { total, items };
  }

  findUser(id: string) {
    return this.prisma.user.findUnique({ where: { id } });
  }

  findUserByEmail(tx: Tx, email: string) {
    return tx.user.findUnique({ where: { email } });
  }

  createInvitedReviewer(tx: Tx, data: { email: string; displayName: string; locale: TLocale; passwordHash: string }) {
    return tx.user.create({ data: { ...data, roles: ['reviewer'], emailVerifiedAt: null } });
  }

  async addToPool(tx: Tx, callId: string, userId: string, addedById: string): Promise<boolean> {
    const result = await tx.reviewerPoolMember.createMany({ data: [{ callId, userId, addedById }], skipDuplicates: true });
    return result.count === 1;
  }

  removeFromPool(tx: Tx, callId: string, userId: string) {
    return tx.reviewerPoolMember.deleteMany({ where: { callId, userId } });
  }

  countUnfinished(tx: Tx, callId: string, reviewerId: string) {
    return tx.reviewAssignment.count({ where: { callId, reviewerId, status: { in: ['pending', 'in_progress'] } } });
  }

  /** Invitations this coordinator sent since `since` (the per-coordinator rate limit). */
  countInvitationsSince(actorId: string, since: Date) {
    return this.prisma.auditLog.count({ where: { actorId, action: 'review.reviewer_invited', createdAt: { gte: since } } });
  }
}
