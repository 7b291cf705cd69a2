import { REVIEWER_INLINE_TYPES, type TFormDefinition, type TReviewerApplication } from '@kopa/shared';
import { reviewerFileName, reviewerMayOpenAttachmentsOf, type ReviewerRedaction } from '../application-access';

/** Whether a reviewer may open this attachment (on top of the gate's reviewerMaySeeApplication): live, and not withheld. */
export function reviewerMaySeeAttachment(redaction: ReviewerRedaction, attachment: { questionId: string; deletedAt: Date | null }): boolean {
  return attachment.deletedAt === null && reviewerMayOpenAttachmentsOf(redaction, attachment.questionId);
}

export function isInlineType(mimeType: string): boolean {
  return (REVIEWER_INLINE_TYPES as readonly string[]).includes(mimeType);
}

/** The application as the reviewer receives it, redacted as the gate's reviewer rules say. */
export function redactForReviewer(
  redaction: ReviewerRedaction,
  application: {
    referenceNumber: string | null;
    submittedAt: Date | null;
    answers: Record<string, unknown>;
    organisation: { legalName: string; type: string; municipalityCode: string };
    attachments: { id: string; questionId: string; fileName: string; mimeType: string; sizeBytes: number; deletedAt: Date | null }[];
  },
  form: TFormDefinition,
): TReviewerApplication {
  const withheld = new Set(redaction.withheldQuestionIds);
  const answers = Object.fromEntries(Object.entries(application.answers).filter(([questionId]) => !withheld.has(questionId)));
  return {
    referenceNumber: application.referenceNumber,
    submittedAt: application.submittedAt?.toISOString() ?? null,
    form,
    answers,
    organisation: redaction.blind
      ? null
      : { legalName: application.organisation.legalName, type: application.organisation.type, municipalityCode: application.organisation.municipalityCode },
    redactedQuestionIds: [...withheld].sort(),
    attachments: application.attachments
      .filter((attachment) => reviewerMaySeeAttachment(redaction, attachment))
      .map((attachment) => ({
        id: attachment.id,
        questionId: attachment.questionId,
        fileName: reviewerFileName(redaction, attachment),
        mimeType: attachment.mimeType,
        sizeBytes: attachment.sizeBytes,
        inline: isInlineType(attachment.mimeType),
      })),
  };
}
