import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  PROBLEM_TYPES,
  ZInviteReviewerRequest,
  type TInviteReviewerRequest,
  type TPageQuery,
  type TReviewerCandidateListResponse,
  type TReviewerPoolResponse,
  type TReviewerSearchQuery,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService } from '../../prisma/prisma.service';
import { AuthTokensService } from '../auth/auth-tokens.service';
import { ReviewerPoolRepository } from './reviewer-pool.repository';
import { ApplicationGate } from '../application-access';

/** Invitations one coordinator may send per hour: each one mails a third party. */
export const REVIEWER_INVITATIONS_PER_HOUR = 20;
const HOUR_MS = 3_600_000;

/** The reviewers a call may draw on: existing reviewer accounts, or people invited by e-mail. */
@Injectable()
export class ReviewerPoolService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly pool: ReviewerPoolRepository,
    private readonly gate: ApplicationGate,
    private readonly tokens: AuthTokensService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, callId: string, query: TPageQuery): Promise<TReviewerPoolResponse> {
    await this.gate.callForStaff(principal, callId);
    const skip = (query.page - 1) * query.pageSize;
    const [total, rows] = await Promise.all([this.pool.countPool(callId), this.pool.listPool(callId, skip, query.pageSize)]);
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: rows.map((row) => ({
        userId: row.userId,
        displayName: row.displayName,
        email: row.email,
        invitationPending: row.emailVerifiedAt === null,
        addedAt: row.addedAt.toISOString(),
        assigned: Number(row.assigned),
        submitted: Number(row.submitted),
        conflicted: Number(row.conflicted),
      })),
    };
  }

  async candidates(principal: Principal, callId: string, query: TReviewerSearchQuery): Promise<TReviewerCandidateListResponse> {
    await this.gate.callForStaff(principal, callId);
    const { total, items } = await this.pool.searchCandidates(callId, query.q, (query.page - 1) * query.pageSize, query.pageSize);
    return { total, page: query.page, pageSize: query.pageSize, items: items.map((user) => ({ userId: user.id, displayName: user.displayName, email: user.email })) };
  }

  async add(principal: Principal, callId: string, userId: string): Promise<void> {
    const user = await this.pool.findUser(userId);
    await this.prisma.$transaction(async (tx) => {
      await this.gate.lockCallForStaff(tx, principal, callId);
      if (!user || !user.roles.includes('reviewer')) {
        throw Problems.validation([{ path: 'userId', code: 'not_reviewer', message: 'review.pool.notReviewer' }]);
      }
      if (await this.pool.addToPool(tx, callId, user.id, principal.id)) {
        await this.audit.record(tx, { actorId: principal.id, action: 'review.pool_added', entityType: 'call', entityId: callId, after: { reviewerId: user.id } });
      }
    });
  }

  async remove(principal: Principal, callId: string, userId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.gate.lockCallForStaff(tx, principal, callId);
      if ((await this.pool.countUnfinished(tx, callId, userId)) > 0) {
        throw Problems.conflict('This reviewer still has unfinished assignments in the call; release them first.', [
          { path: 'userId', code: 'has_assignments', message: 'review.pool.hasAssignments' },
        ]);
      }
      const removed = await this.pool.removeFromPool(tx, callId, userId);
      if (removed.count === 0) throw Problems.notFound();
      await this.audit.record(tx, { actorId: principal.id, action: 'review.pool_removed', entityType: 'call', entityId: callId, before: { reviewerId: userId } });
    });
  }

  /**
   * Creates a reviewer account (unverified, no usable password) and mails an account_invitation
   * link that sets the password; an existing reviewer account is simply added to the pool.
   */
  async invite(principal: Principal, callId: string, request: TInviteReviewerRequest): Promise<{ userId: string; created: boolean }> {
    const input = ZInviteReviewerRequest.parse(request);
    const call = await this.gate.callForStaff(principal, callId);
    const since = new Date(this.clock.now().getTime() - HOUR_MS);
    if ((await this.pool.countInvitationsSince(principal.id, since)) >= REVIEWER_INVITATIONS_PER_HOUR) {
      throw new ProblemException(PROBLEM_TYPES.rateLimited, 429, `At most ${REVIEWER_INVITATIONS_PER_HOUR} invitations an hour; try again later.`);
    }
    return this.prisma.$transaction(async (tx) => {
      await this.gate.lockCallForStaff(tx, principal, callId);
      const existing = await this.pool.findUserByEmail(tx, input.email);
      if (existing) {
        if (!existing.roles.includes('reviewer')) {
          throw Problems.conflict('An account with this e-mail exists but is not a reviewer account.', [
            { path: 'email', code: 'not_reviewer', message: 'review.invite.notReviewer' },
          ]);
        }
        if (await this.pool.addToPool(tx, callId, existing.id, principal.id)) {
          await this.audit.record(tx, { actorId: principal.id, action: 'review.pool_added', entityType: 'call', entityId: callId, after: { reviewerId: existing.id } });
        }
        return { userId: existing.id, created: false };
      }
      // '!' is no argon2 hash, so no password matches it until the invitation link sets one.
      const user = await this.pool.createInvitedReviewer(tx, {
        email: input.email,
        displayName: input.displayName,
        locale: input.locale,
        passwordHash: `!invited:${randomBytes(16).toString('hex')}`,
      });
      await this.pool.addToPool(tx, callId, user.id, principal.id);
      const token = await this.tokens.issue(tx, user.id, 'account_invitation');
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `reviewer-invitation:${token.id}`,
        to: user.email,
        locale: user.locale,
        template: 'reviewer-invitation',
        params: {
          displayName: user.displayName,
          inviterName: principal.displayName,
          callTitle: user.locale === 'en' ? call.titleEn : call.titleLv,
          link: token.link,
        },
      });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'review.reviewer_invited',
        entityType: 'call',
        entityId: callId,
        after: { reviewerId: user.id, email: user.email, locale: user.locale },
      });
      return { userId: user.id, created: true };
    });
  }
}
