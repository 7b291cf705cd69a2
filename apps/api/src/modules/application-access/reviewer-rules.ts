import type { TReviewAssignmentStatus } from '@kopa/shared';

/**
 * THE reviewer access rules, in one place (the gate's reviewer viewer and the reviews
 * module's reviewer work both use them):
 * - a reviewer sees an assignment only if it is theirs and they are still on it
 *   (pending, in progress or submitted); a conflicted or released one is gone for them;
 * - the application itself (answers, attachments) opens only after they declared no
 *   conflict of interest: in progress or submitted;
 * - what they see is redacted: under blind review no organisation and no answers to the
 *   questions the coordinator marked identifying; never the files of hidden file questions;
 *   never other reviewers' scores or names.
 */
export const REVIEWER_VISIBLE_STATUSES: readonly TReviewAssignmentStatus[] = ['pending', 'in_progress', 'submitted'];
export const REVIEWER_OPEN_STATUSES: readonly TReviewAssignmentStatus[] = ['in_progress', 'submitted'];

export interface ReviewerAssignmentFacts {
  reviewerId: string;
  status: TReviewAssignmentStatus;
}

/** Whether an assignment in this status opens the application to its reviewer (pending sees only the conflict declaration). */
export function assignmentOpensApplication(status: TReviewAssignmentStatus): boolean {
  return REVIEWER_OPEN_STATUSES.includes(status);
}

export function reviewerMaySeeAssignment(assignment: ReviewerAssignmentFacts, userId: string): boolean {
  return assignment.reviewerId === userId && REVIEWER_VISIBLE_STATUSES.includes(assignment.status);
}

export function reviewerMaySeeApplication(assignment: ReviewerAssignmentFacts, userId: string): boolean {
  return assignment.reviewerId === userId && assignmentOpensApplication(assignment.status);
}

/** The call's review settings the redaction is computed from. */
export interface ReviewerRedactionSettings {
  blindReview: boolean;
  identifyingQuestionIds: readonly string[];
  reviewerHiddenQuestionIds: readonly string[];
}

/** What a reviewer must not see of one application (the call's review settings). */
export interface ReviewerRedaction {
  /** Blind review: no organisation, no people, no answers to identifying questions. */
  blind: boolean;
  /** Questions whose answers and files the reviewer never receives: identifying ones under blind review, hidden file questions. */
  withheldQuestionIds: string[];
}

/** The one computation of what a reviewer of this call never receives. */
export function reviewerRedaction(settings: ReviewerRedactionSettings): ReviewerRedaction {
  const identifying = settings.blindReview ? settings.identifyingQuestionIds : [];
  return { blind: settings.blindReview, withheldQuestionIds: [...new Set([...identifying, ...settings.reviewerHiddenQuestionIds])] };
}

/** Whether the reviewer may open the attachments of this question. */
export function reviewerMayOpenAttachmentsOf(redaction: ReviewerRedaction, questionId: string): boolean {
  return !redaction.withheldQuestionIds.includes(questionId);
}

/** Under blind review a file's own name may name the organisation, so the reviewer gets a neutral one. */
export function reviewerFileName(redaction: ReviewerRedaction, attachment: { id: string; fileName: string }): string {
  if (!redaction.blind) return attachment.fileName;
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(attachment.fileName)?.[0] ?? '';
  return `attachment-${attachment.id.slice(0, 8)}${extension.toLowerCase()}`;
}
