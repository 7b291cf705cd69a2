import { Injectable } from '@nestjs/common';
import type {
  TAutoAssignmentResponse,
  TManualAssignmentRequest,
  TReleaseAssignmentRequest,
  TReopenReviewRequest,
  TReviewProgressQuery,
  TReviewProgressResponse,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { ASSIGNABLE_STATUSES, ReviewAssignmentsRepository } from './review-assignments.repository';
import { ReviewAssignmentWriter } from './review-assignment.writer';
import { ApplicationGate } from '../application-access';

/** Coordinators assign reviewers (by hand or automatically), release and reopen reviews, follow progress. */
@Injectable()
export class ReviewAssignmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly assignments: ReviewAssignmentsRepository,
    private readonly writer: ReviewAssignmentWriter,
    private readonly gate: ApplicationGate,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async progress(principal: Principal, callId: string, query: TReviewProgressQuery): Promise<TReviewProgressResponse> {
    const call = await this.gate.callForStaff(principal, callId);
    const statuses = query.status ? [query.status] : ASSIGNABLE_STATUSES;
    const [{ total, items }, summary] = await Promise.all([
      this.assignments.progressPage(callId, statuses, (query.page - 1) * query.pageSize, query.pageSize),
      this.assignments.progressSummary(callId, ASSIGNABLE_STATUSES),
    ]);
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      summary,
      items: items.map((application) => ({
        applicationId: application.id,
        referenceNumber: application.referenceNumber,
        organisationName: application.organisation.legalName,
        status: application.status,
        needed: call.reviewersPerApplication,
        done: application.assignments.filter((assignment) => assignment.status === 'submitted').length,
        assignments: application.assignments.map((assignment) => ({
          id: assignment.id,
          reviewerId: assignment.reviewerId,
          reviewerName: assignment.reviewer.displayName,
          status: assignment.status,
          submittedAt: assignment.submittedAt?.toISOString() ?? null,
          releaseReason: assignment.releaseReason,
        })),
      })),
    };
  }

  /** n reviewers for every eligible application and every one under review that lacks some. */
  async autoAssign(principal: Principal, callId: string): Promise<TAutoAssignmentResponse> {
    return this.prisma.$transaction(async (tx) => {
      const call = await this.gate.lockCallForStaff(tx, principal, callId);
      const { created, unfilled } = await this.writer.fill(tx, principal.id, call, { status: { in: ['eligible', 'under_review'] } });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'review.auto_assigned',
        entityType: 'call',
        entityId: callId,
        after: { created: created.length, unfilled: unfilled.length },
      });
      return { created: created.length, unfilled };
    });
  }

  async assign(principal: Principal, callId: string, input: TManualAssignmentRequest): Promise<{ created: number }> {
    return this.prisma.$transaction(async (tx) => {
      const call = await this.gate.lockCallForStaff(tx, principal, callId);
      const application = await this.assignments.findApplication(tx, input.applicationId);
      if (!application || application.callId !== callId) throw Problems.notFound();
      if (!ASSIGNABLE_STATUSES.includes(application.status)) {
        throw Problems.invalidTransition(`A ${application.status} application cannot be given reviewers.`);
      }
      const created = await this.writer.assignManually(tx, principal.id, call, input.applicationId, input.reviewerIds);
      return { created: created.length };
    });
  }

  /** Takes a reviewer off an application (dropped out); by default the least loaded eligible reviewer replaces them. */
  async release(principal: Principal, assignmentId: string, input: TReleaseAssignmentRequest): Promise<{ replacedBy: string | null }> {
    return this.prisma.$transaction(async (tx) => {
      const { assignment, call } = await this.lockForStaff(tx, principal, assignmentId);
      if (assignment.status !== 'pending' && assignment.status !== 'in_progress') {
        throw Problems.invalidTransition(`A ${assignment.status} review cannot be released.`);
      }
      await this.assignments.updateAssignment(tx, assignment.id, { status: 'released', releasedAt: this.clock.now(), releaseReason: input.reason });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'review.released',
        entityType: 'review_assignment',
        entityId: assignment.id,
        before: { status: assignment.status },
        after: { status: 'released', reason: input.reason },
      });
      let replacedBy: string | null = null;
      if (input.replace !== false) {
        const { created } = await this.writer.fill(tx, principal.id, call, { id: assignment.applicationId });
        replacedBy = created[0]?.reviewerId ?? null;
      }
      await this.writer.completeIfDone(tx, principal.id, 'staff', assignment.applicationId);
      return { replacedBy };
    });
  }

  /** A submitted review goes back to its reviewer (audited); the application is under review again. */
  async reopen(principal: Principal, assignmentId: string, input: TReopenReviewRequest): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { assignment } = await this.lockForStaff(tx, principal, assignmentId);
      if (assignment.status !== 'submitted') throw Problems.invalidTransition(`A ${assignment.status} review cannot be reopened.`);
      await this.assignments.updateAssignment(tx, assignment.id, { status: 'in_progress' });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'review.reopened',
        entityType: 'review_assignment',
        entityId: assignment.id,
        before: { status: 'submitted' },
        after: { status: 'in_progress', reason: input.reason },
      });
      await this.writer.reopenIfReviewed(tx, principal.id, assignment.applicationId);
      await this.writer.mailReopened(tx, assignment, input.reason, this.clock.now());
    });
  }

  private async lockForStaff(tx: Tx, principal: Principal, assignmentId: string) {
    const found = await this.assignments.findWithCall(assignmentId, tx);
    if (!found) throw Problems.notFound();
    const call = await this.gate.lockCallForStaff(tx, principal, found.callId);
    await this.assignments.lockAssignment(tx, assignmentId);
    const assignment = await this.assignments.findWithCall(assignmentId, tx);
    return { assignment: assignment!, call };
  }
}

