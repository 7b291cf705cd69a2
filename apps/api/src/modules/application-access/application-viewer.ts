import type { TOrganisationRole } from '@kopa/shared';

/** What a reviewer must not see of one application (the call's review settings). */
export interface ReviewerRedaction {
  /** Blind review: no organisation, no people, no answers to identifying questions. */
  blind: boolean;
  /** Answers removed from the reviewer's view: identifying questions under blind review, hidden file questions. */
  hiddenAnswerQuestionIds: string[];
  /** File questions whose attachments the reviewer never opens. */
  hiddenAttachmentQuestionIds: string[];
}

/**
 * Who is looking at an application, as the gate decided it:
 * - member: of the applying organisation, with their organisation role;
 * - staff: of the call's programme (`manages`), or an admin who only reads;
 * - reviewer: assigned, conflict-free (assignment in progress or submitted), read-only and redacted.
 */
export type ApplicationViewer =
  | { actor: 'member'; role: TOrganisationRole }
  | { actor: 'staff'; role: null; manages: boolean }
  | { actor: 'reviewer'; role: null; assignmentId: string; redaction: ReviewerRedaction };

export type ApplicationViewerKind = ApplicationViewer['actor'];

export function reviewerRedaction(call: {
  blindReview: boolean;
  identifyingQuestionIds: string[];
  reviewerHiddenQuestionIds: string[];
}): ReviewerRedaction {
  const identifying = call.blindReview ? call.identifyingQuestionIds : [];
  return {
    blind: call.blindReview,
    hiddenAnswerQuestionIds: [...new Set([...identifying, ...call.reviewerHiddenQuestionIds])],
    hiddenAttachmentQuestionIds: [...new Set([...call.reviewerHiddenQuestionIds, ...identifying])],
  };
}

/** Whether this viewer may open attachments of this question. */
export function mayOpenAttachmentsOf(viewer: ApplicationViewer, questionId: string): boolean {
  return viewer.actor !== 'reviewer' || !viewer.redaction.hiddenAttachmentQuestionIds.includes(questionId);
}
