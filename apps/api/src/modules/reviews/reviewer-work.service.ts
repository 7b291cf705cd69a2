import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import {
  ZFormDefinition,
  type TConflictDeclarationRequest,
  type TFieldError,
  type TMyAssignmentListResponse,
  type TPageQuery,
  type TReviewAssignmentResponse,
  type TSaveReviewDraftRequest,
  type TSubmitReviewRequest,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { ReviewAssignmentWriter } from './review-assignment.writer';
import { ReviewerWorkRepository, type WorkAssignment } from './reviewer-work.repository';
import { REVIEWER_VISIBLE_STATUSES, reviewerFileName, reviewerMaySeeApplication, reviewerMaySeeAssignment, reviewerRedaction } from '../application-access';
import { redactForReviewer, reviewerMaySeeAttachment } from './reviewer-view';
import { toCriterion } from './reviews.mapper';

/** A reviewer's own assignments: declaration, scoring drafts, submission, the redacted application. */
@Injectable()
export class ReviewerWorkService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly work: ReviewerWorkRepository,
    private readonly writer: ReviewAssignmentWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  async mine(principal: Principal, query: TPageQuery): Promise<TMyAssignmentListResponse> {
    const { total, items } = await this.work.listMine(principal.id, [...REVIEWER_VISIBLE_STATUSES], (query.page - 1) * query.pageSize, query.pageSize);
    return {
      total,
      page: query.page,
      pageSize: query.pageSize,
      items: items.map((assignment) => ({
        id: assignment.id,
        status: assignment.status,
        call: { id: assignment.call.id, code: assignment.call.code, title: { lv: assignment.call.titleLv, en: assignment.call.titleEn } },
        referenceNumber: assignment.application.referenceNumber,
        reviewDueAt: assignment.call.reviewDueAt?.toISOString() ?? null,
        scored: assignment._count.scores,
        criteria: assignment.call._count.criteria,
        assignedAt: assignment.createdAt.toISOString(),
      })),
    };
  }

  async get(principal: Principal, id: string): Promise<TReviewAssignmentResponse> {
    return this.respond(principal, await this.loadVisible(principal, id));
  }

  /** Before the application opens: no conflict (it opens), or a conflict with a note (it is gone for good). */
  async declare(principal: Principal, id: string, input: TConflictDeclarationRequest): Promise<TReviewAssignmentResponse | null> {
    const found = await this.loadVisible(principal, id);
    const now = this.clock.now();
    await this.prisma.$transaction(async (tx) => {
      if (input.conflict) await this.work.lockCall(tx, found.callId);
      const assignment = await this.lockMine(tx, principal, id);
      if (assignment.status !== 'pending') throw Problems.invalidTransition('The declaration has already been made.');
      if (!input.conflict) {
        await this.work.updateIfVersion(tx, id, assignment.version, { status: 'in_progress', noConflictDeclaredAt: now });
        await this.audit.record(tx, { actorId: principal.id, action: 'review.no_conflict_declared', entityType: 'review_assignment', entityId: id });
        return;
      }
      await this.declareConflict(tx, principal, assignment, input.note, now);
    });
    return input.conflict ? null : this.get(principal, id);
  }

  async saveDraft(principal: Principal, id: string, input: TSaveReviewDraftRequest): Promise<TReviewAssignmentResponse> {
    await this.loadVisible(principal, id);
    await this.prisma.$transaction(async (tx) => {
      const assignment = await this.lockWritable(tx, principal, id, input.version);
      const criteria = new Map(assignment.call.criteria.map((criterion) => [criterion.id, criterion]));
      const errors = input.scores.flatMap((score, index): TFieldError[] => {
        const criterion = criteria.get(score.criterionId);
        if (!criterion) return [{ path: `scores.${index}.criterionId`, code: 'unknown', message: 'review.score.unknownCriterion' }];
        if (score.score !== null && score.score > criterion.maxScore) {
          return [{ path: `scores.${index}.score`, code: 'too_big', message: 'review.score.aboveMax' }];
        }
        return [];
      });
      if (errors.length > 0) throw Problems.validation(errors);
      for (const score of input.scores) await this.work.upsertScore(tx, id, score.criterionId, { score: score.score, comment: score.comment });
      await this.work.updateIfVersion(tx, id, input.version, { comment: input.comment });
    });
    return this.get(principal, id);
  }

  async submit(principal: Principal, id: string, input: TSubmitReviewRequest): Promise<TReviewAssignmentResponse> {
    await this.loadVisible(principal, id);
    await this.prisma.$transaction(async (tx) => {
      const assignment = await this.lockWritable(tx, principal, id, input.version);
      const scores = new Map(assignment.scores.map((score) => [score.criterionId, score]));
      const missing = assignment.call.criteria.flatMap((criterion): TFieldError[] =>
        scores.get(criterion.id)?.score === null || !scores.has(criterion.id)
          ? [{ path: `scores.${criterion.id}.score`, code: 'required', message: 'review.score.required' }]
          : [],
      );
      if (assignment.call.criteria.length === 0) throw Problems.invalidTransition('The call has no rubric yet.');
      if (missing.length > 0) throw Problems.validation(missing, 'Score every criterion before submitting.');
      await this.work.updateIfVersion(tx, id, input.version, { status: 'submitted', submittedAt: this.clock.now() });
      await this.audit.record(tx, { actorId: principal.id, action: 'review.submitted', entityType: 'review_assignment', entityId: id });
      await this.writer.completeIfDone(tx, principal.id, 'reviewer', assignment.applicationId);
    });
    return this.get(principal, id);
  }

  /** The file for inline viewing, only for an open (no conflict declared) assignment and a visible question. */
  async openAttachment(principal: Principal, id: string, attachmentId: string): Promise<{ fileName: string; mimeType: string; sizeBytes: number; content: Readable }> {
    const assignment = await this.loadVisible(principal, id);
    const attachment = assignment.application.attachments.find((candidate) => candidate.id === attachmentId);
    const redaction = reviewerRedaction(assignment.call);
    if (!reviewerMaySeeApplication(assignment, principal.id) || !attachment || !reviewerMaySeeAttachment(redaction, attachment)) {
      throw Problems.notFound();
    }
    return {
      fileName: reviewerFileName(redaction, attachment),
      mimeType: attachment.mimeType,
      sizeBytes: attachment.sizeBytes,
      content: await this.storage.get(attachment.storageKey),
    };
  }

  private async declareConflict(tx: Tx, principal: Principal, assignment: WorkAssignment, note: string, now: Date) {
    const organisationId = assignment.application.organisationId;
    await this.work.upsertConflict(tx, { reviewerId: principal.id, organisationId, note, assignmentId: assignment.id });
    const others = await this.work.otherUnfinishedWithOrganisation(tx, principal.id, organisationId, assignment.id);
    for (const other of others) await this.work.lockCall(tx, other.callId);
    for (const conflicted of [assignment, ...others]) {
      await this.work.lock(tx, conflicted.id);
      await this.work.markConflicted(tx, conflicted.id, now, note);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'review.conflict_declared',
        entityType: 'review_assignment',
        entityId: conflicted.id,
        before: { status: conflicted.status },
        after: { status: 'conflicted', organisationId },
      });
      // The replacement keeps the balance: the planner picks the least loaded eligible reviewer.
      const call = await this.work.findCall(tx, conflicted.callId);
      await this.writer.fill(tx, null, call, { id: conflicted.applicationId });
      await this.writer.completeIfDone(tx, null, 'reviewer', conflicted.applicationId);
    }
  }

  /** The caller's own assignment while they are on it; anything else is 404. */
  private async loadVisible(principal: Principal, id: string, tx?: Tx): Promise<WorkAssignment> {
    const assignment = await this.work.findMine(id, principal.id, tx);
    if (!assignment || !reviewerMaySeeAssignment(assignment, principal.id)) throw Problems.notFound();
    return assignment;
  }

  private async lockMine(tx: Tx, principal: Principal, id: string): Promise<WorkAssignment> {
    await this.work.lock(tx, id);
    return this.loadVisible(principal, id, tx);
  }

  /** In progress (declared, not yet submitted) and at the version the reviewer last saw. */
  private async lockWritable(tx: Tx, principal: Principal, id: string, version: number): Promise<WorkAssignment> {
    const assignment = await this.lockMine(tx, principal, id);
    if (assignment.status === 'pending') throw Problems.invalidTransition('Declare whether you have a conflict of interest first.');
    if (assignment.status === 'submitted') throw Problems.invalidTransition('This review is submitted; only a coordinator can reopen it.');
    if (assignment.version !== version) throw Problems.staleVersion(assignment.version);
    return assignment;
  }

  private async respond(principal: Principal, assignment: WorkAssignment): Promise<TReviewAssignmentResponse> {
    const open = reviewerMaySeeApplication(assignment, principal.id);
    let application: TReviewAssignmentResponse['application'] = null;
    if (open) {
      const form = await this.work.findForm(assignment.application.callId, assignment.application.formVersion);
      if (!form) throw new Error(`form ${assignment.application.callId} v${assignment.application.formVersion} is missing`);
      application = redactForReviewer(
        reviewerRedaction(assignment.call),
        { ...assignment.application, answers: (assignment.application.answers ?? {}) as Record<string, unknown> },
        ZFormDefinition.parse(form.definition),
      );
    }
    return {
      id: assignment.id,
      status: assignment.status,
      version: assignment.version,
      comment: assignment.comment,
      call: {
        id: assignment.call.id,
        code: assignment.call.code,
        title: { lv: assignment.call.titleLv, en: assignment.call.titleEn },
        blindReview: assignment.call.blindReview,
      },
      reviewDueAt: assignment.call.reviewDueAt?.toISOString() ?? null,
      referenceNumber: assignment.application.referenceNumber,
      criteria: assignment.call.criteria.map(toCriterion),
      scores: assignment.scores.map((score) => ({ criterionId: score.criterionId, score: score.score, comment: score.comment })),
      noConflictDeclaredAt: assignment.noConflictDeclaredAt?.toISOString() ?? null,
      submittedAt: assignment.status === 'submitted' ? (assignment.submittedAt?.toISOString() ?? null) : null,
      application,
    };
  }
}
