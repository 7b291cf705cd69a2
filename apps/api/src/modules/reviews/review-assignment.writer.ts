import { Inject, Injectable } from '@nestjs/common';
import {
  APPLICATION_TRANSITIONS,
  canTakeApplicationAction,
  formatRigaDateTime,
  mayReview,
  planAssignments,
  type TApplicationActor,
  type TApplicationStatus,
  type TAssignmentApplication,
  type TAssignmentReviewer,
} from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import type { Tx } from '../../prisma/prisma.service';
import type { Call, Prisma, ReviewAssignment } from '../../generated/prisma/client';
import { ACTIVE_ASSIGNMENT, ReviewAssignmentsRepository } from './review-assignments.repository';

type PlanningApplication = Awaited<ReturnType<ReviewAssignmentsRepository['applicationsForPlanning']>>[number];

/**
 * Creates assignments and keeps application statuses in step, inside a transaction that
 * holds the call's row lock (so loads read for planning stay true until commit). Every
 * status change goes through the workflow table and is audited as application.<action>.
 */
@Injectable()
export class ReviewAssignmentWriter {
  constructor(
    private readonly assignments: ReviewAssignmentsRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The planner's view of the call: applications matching `where` and the reviewer pool. */
  async planningInput(tx: Tx, callId: string, where: Prisma.ApplicationWhereInput) {
    // One after the other: a transaction is one connection.
    const applications = await this.assignments.applicationsForPlanning(tx, callId, where);
    const pool = await this.assignments.poolForPlanning(tx, callId);
    const reviewers: TAssignmentReviewer[] = pool.map(({ user }) => ({
      id: user.id,
      load: user._count.reviewAssignments,
      memberOfOrganisationIds: user.memberships.map((membership) => membership.organisationId),
      conflictOrganisationIds: user.reviewerConflicts.map((conflict) => conflict.organisationId),
    }));
    return { applications, planning: applications.map(toPlanning), reviewers };
  }

  /** Fills the matching applications up to the call's reviewers per application, balancing loads. */
  async fill(tx: Tx, actorId: string | null, call: Call, where: Prisma.ApplicationWhereInput) {
    const input = await this.planningInput(tx, call.id, where);
    const plan = planAssignments({ applications: input.planning, reviewers: input.reviewers, perApplication: call.reviewersPerApplication });
    const created = await this.create(tx, actorId, call, plan.assignments, 'auto');
    const references = new Map(input.applications.map((application) => [application.id, application.referenceNumber]));
    return {
      created,
      unfilled: plan.unfilled.map((gap) => ({ ...gap, referenceNumber: references.get(gap.applicationId) ?? null })),
    };
  }

  /** Assigns chosen reviewers to one application; each must be in the pool and free of conflicts. */
  async assignManually(tx: Tx, actorId: string, call: Call, applicationId: string, reviewerIds: string[]) {
    const input = await this.planningInput(tx, call.id, { id: applicationId });
    const application = input.planning[0];
    if (!application) throw Problems.notFound();
    const pool = new Map(input.reviewers.map((reviewer) => [reviewer.id, reviewer]));
    const errors = [...new Set(reviewerIds)].flatMap((reviewerId, index) => {
      const reviewer = pool.get(reviewerId);
      if (!reviewer) return [{ path: `reviewerIds.${index}`, code: 'not_in_pool', message: 'review.assign.notInPool' }];
      if (!mayReview(reviewer, application)) return [{ path: `reviewerIds.${index}`, code: 'not_allowed', message: 'review.assign.notAllowed' }];
      return [];
    });
    if (errors.length > 0) throw Problems.validation(errors, 'These reviewers cannot be assigned to this application.');
    return this.create(tx, actorId, call, [...new Set(reviewerIds)].map((reviewerId) => ({ applicationId, reviewerId })), 'manual');
  }

  private async create(tx: Tx, actorId: string | null, call: Call, pairs: { applicationId: string; reviewerId: string }[], how: 'auto' | 'manual') {
    const created: ReviewAssignment[] = [];
    for (const pair of pairs) {
      const assignment = await this.assignments.createAssignment(tx, { callId: call.id, ...pair, assignedById: actorId });
      created.push(assignment);
      await this.audit.record(tx, {
        actorId,
        action: 'review.assigned',
        entityType: 'review_assignment',
        entityId: assignment.id,
        after: { applicationId: pair.applicationId, reviewerId: pair.reviewerId, how },
      });
    }
    for (const applicationId of new Set(pairs.map((pair) => pair.applicationId))) {
      await this.afterReviewersAdded(tx, actorId, applicationId);
    }
    await this.mailReviewers(tx, call, created);
    return created;
  }

  /** First reviewers start the review; a replacement on a reviewed application reopens it. */
  private async afterReviewersAdded(tx: Tx, actorId: string | null, applicationId: string): Promise<void> {
    await this.assignments.lockApplication(tx, applicationId);
    const application = await this.assignments.findApplication(tx, applicationId);
    if (!application) return;
    if (application.status === 'eligible') await this.transition(tx, actorId, 'staff', application, 'startReview');
    else if (application.status === 'reviewed') await this.transition(tx, actorId, 'staff', application, 'reopenReview');
    else if (application.status !== 'under_review') {
      throw Problems.invalidTransition(`A ${application.status} application cannot be given reviewers.`);
    }
  }

  /** When every active assignment of the application is submitted, its review is complete. */
  async completeIfDone(tx: Tx, actorId: string | null, actor: TApplicationActor, applicationId: string): Promise<void> {
    await this.assignments.lockApplication(tx, applicationId);
    const application = await this.assignments.findApplication(tx, applicationId);
    if (!application || application.status !== 'under_review') return;
    const active = application.assignments.filter((assignment) => ACTIVE_ASSIGNMENT.includes(assignment.status));
    if (active.length > 0 && active.every((assignment) => assignment.status === 'submitted')) {
      await this.transition(tx, actorId, actor, application, 'completeReview');
    }
  }

  /** The review went back to work (a coordinator reopened a submitted review). */
  async reopenIfReviewed(tx: Tx, actorId: string, applicationId: string): Promise<void> {
    await this.assignments.lockApplication(tx, applicationId);
    const application = await this.assignments.findApplication(tx, applicationId);
    if (application?.status === 'reviewed') await this.transition(tx, actorId, 'staff', application, 'reopenReview');
  }

  private async transition(
    tx: Tx,
    actorId: string | null,
    actor: TApplicationActor,
    application: { id: string; status: TApplicationStatus; version: number; referenceNumber: string | null },
    action: 'startReview' | 'completeReview' | 'reopenReview',
  ): Promise<void> {
    if (!canTakeApplicationAction(action, application.status, { actor }, true)) {
      throw Problems.invalidTransition(`Cannot ${action} a ${application.status} application.`);
    }
    const after = await this.assignments.setApplicationStatus(tx, application.id, APPLICATION_TRANSITIONS[action].to!);
    await this.audit.record(tx, {
      actorId,
      action: `application.${action}`,
      entityType: 'application',
      entityId: application.id,
      before: { status: application.status, version: application.version },
      after: { status: after.status, version: after.version },
    });
  }

  /** The reviewer hears that a coordinator reopened their review, and why (e-mail and inbox, in their language). */
  async mailReopened(tx: Tx, assignment: ReviewAssignment & { call: Call }, reason: string, at: Date): Promise<void> {
    const [reviewer] = await this.assignments.findReviewers(tx, [assignment.reviewerId]);
    if (!reviewer) return;
    const application = await this.assignments.applicationReference(tx, assignment.applicationId);
    await this.outbox.enqueueEmail(tx, {
      dedupeKey: `review-reopened:${assignment.id}:${at.getTime()}`,
      to: reviewer.email,
      userId: reviewer.id,
      locale: reviewer.locale,
      template: 'review-reopened',
      params: {
        displayName: reviewer.displayName,
        callTitle: reviewer.locale === 'en' ? assignment.call.titleEn : assignment.call.titleLv,
        referenceNumber: application.referenceNumber ?? assignment.applicationId,
        reason,
        link: `${this.config.APP_URL}/reviews`,
      },
    });
  }

  /** One message per reviewer per round, in the reviewer's language. */
  private async mailReviewers(tx: Tx, call: Call, created: ReviewAssignment[]): Promise<void> {
    const byReviewer = new Map<string, ReviewAssignment[]>();
    for (const assignment of created) byReviewer.set(assignment.reviewerId, [...(byReviewer.get(assignment.reviewerId) ?? []), assignment]);
    const reviewers = await this.assignments.findReviewers(tx, [...byReviewer.keys()]);
    for (const reviewer of reviewers) {
      const mine = byReviewer.get(reviewer.id)!;
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `review-assigned:${mine[0]!.id}`,
        to: reviewer.email,
        locale: reviewer.locale,
        template: 'review-assigned',
        params: {
          displayName: reviewer.displayName,
          callTitle: reviewer.locale === 'en' ? call.titleEn : call.titleLv,
          count: mine.length,
          dueAt: call.reviewDueAt ? formatRigaDateTime(call.reviewDueAt, reviewer.locale) : null,
          link: `${this.config.APP_URL}/reviews`,
        },
      });
    }
  }
}

function toPlanning(application: PlanningApplication): TAssignmentApplication {
  return {
    id: application.id,
    organisationId: application.organisationId,
    activeReviewerIds: application.assignments.filter((a) => ACTIVE_ASSIGNMENT.includes(a.status)).map((a) => a.reviewerId),
    formerReviewerIds: application.assignments.filter((a) => !ACTIVE_ASSIGNMENT.includes(a.status)).map((a) => a.reviewerId),
  };
}
