import {
  REVIEWER_INLINE_TYPES,
  type TFormDefinition,
  type TReviewAssignmentStatus,
  type TReviewerApplication,
} from '@kopa/shared';

/**
 * THE reviewer access rule, in one place (the general application access gate will call it):
 * - a reviewer sees an assignment only if it is theirs and they are still on it
 *   (pending, in progress or submitted); a conflicted or released one is gone for them;
 * - the application itself (answers, attachments) opens only after they declared no
 *   conflict of interest: in progress or submitted;
 * - what they see is redacted: under blind review no organisation and no answers to the
 *   questions the coordinator marked identifying; never the files of hidden file questions;
 *   never other reviewers' scores or names (nothing here carries them).
 */
export const REVIEWER_VISIBLE_STATUSES: readonly TReviewAssignmentStatus[] = ['pending', 'in_progress', 'submitted'];
export const REVIEWER_OPEN_STATUSES: readonly TReviewAssignmentStatus[] = ['in_progress', 'submitted'];

export interface ReviewerAssignmentFacts {
  reviewerId: string;
  status: TReviewAssignmentStatus;
}

export function reviewerMaySeeAssignment(assignment: ReviewerAssignmentFacts, userId: string): boolean {
  return assignment.reviewerId === userId && REVIEWER_VISIBLE_STATUSES.includes(assignment.status);
}

export function reviewerMaySeeApplication(assignment: ReviewerAssignmentFacts, userId: string): boolean {
  return assignment.reviewerId === userId && REVIEWER_OPEN_STATUSES.includes(assignment.status);
}

export interface ReviewerRedactionSettings {
  blindReview: boolean;
  identifyingQuestionIds: readonly string[];
  reviewerHiddenQuestionIds: readonly string[];
}

/** Questions whose answers (and files) a reviewer of this call never receives. */
export function withheldQuestionIds(settings: ReviewerRedactionSettings): Set<string> {
  return new Set([...settings.reviewerHiddenQuestionIds, ...(settings.blindReview ? settings.identifyingQuestionIds : [])]);
}

/** Whether a reviewer may open this attachment (on top of reviewerMaySeeApplication). */
export function reviewerMaySeeAttachment(settings: ReviewerRedactionSettings, attachment: { questionId: string; deletedAt: Date | null }): boolean {
  return attachment.deletedAt === null && !withheldQuestionIds(settings).has(attachment.questionId);
}

/** Under blind review a file's own name may name the organisation, so the reviewer gets a neutral one. */
export function reviewerFileName(settings: ReviewerRedactionSettings, attachment: { id: string; fileName: string }): string {
  if (!settings.blindReview) return attachment.fileName;
  const extension = /\.[A-Za-z0-9]{1,10}$/.exec(attachment.fileName)?.[0] ?? '';
  return `attachment-${attachment.id.slice(0, 8)}${extension.toLowerCase()}`;
}

export function isInlineType(mimeType: string): boolean {
  return (REVIEWER_INLINE_TYPES as readonly string[]).includes(mimeType);
}

/** The application as the reviewer receives it: the one place that decides what is withheld. */
export function redactForReviewer(
  settings: ReviewerRedactionSettings,
  application: {
    referenceNumber: string | null;
    submittedAt: Date | null;
    answers: Record<string, unknown>;
    organisation: { legalName: string; type: string; municipalityCode: string };
    attachments: { id: string; questionId: string; fileName: string; mimeType: string; sizeBytes: number; deletedAt: Date | null }[];
  },
  form: TFormDefinition,
): TReviewerApplication {
  const withheld = withheldQuestionIds(settings);
  const answers = Object.fromEntries(Object.entries(application.answers).filter(([questionId]) => !withheld.has(questionId)));
  return {
    referenceNumber: application.referenceNumber,
    submittedAt: application.submittedAt?.toISOString() ?? null,
    form,
    answers,
    organisation: settings.blindReview
      ? null
      : { legalName: application.organisation.legalName, type: application.organisation.type, municipalityCode: application.organisation.municipalityCode },
    redactedQuestionIds: [...withheld].sort(),
    attachments: application.attachments
      .filter((attachment) => reviewerMaySeeAttachment(settings, attachment))
      .map((attachment) => ({
        id: attachment.id,
        questionId: attachment.questionId,
        fileName: reviewerFileName(settings, attachment),
        mimeType: attachment.mimeType,
        sizeBytes: attachment.sizeBytes,
        inline: isInlineType(attachment.mimeType),
      })),
  };
}
