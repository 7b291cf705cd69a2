import { z } from 'zod';
import { ZFormDefinition, ZQuestionId, ZQuestionType } from './forms';
import { ZApplicationStatus } from './applications';
import { ZLocale } from './roles';

const ZInstant = z.iso.datetime({ offset: true });
const ZVersion = z.number().int().min(1).max(2_147_483_647);
const ZBilingual = (min: number, max: number) => z.object({ lv: z.string().trim().min(min).max(max), en: z.string().trim().min(min).max(max) });

export const RUBRIC_MAX_CRITERIA = 20;
export const REVIEW_COMMENT_MAX = 5000;
export const CONFLICT_NOTE_MAX = 1000;
export const REVIEW_PAGE_SIZE_MAX = 100;

/** Page and bounded page size of every review list. */
export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(REVIEW_PAGE_SIZE_MAX).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

const paged = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int().min(0), page: z.number().int(), pageSize: z.number().int() });

// ---------------------------------------------------------------- settings and rubric

export const ZRubricCriterionInput = z
  .object({
    /** An existing criterion keeps its id (drafts keep their scores); new ones have none. */
    id: z.uuid().optional(),
    name: ZBilingual(1, 200),
    guidance: ZBilingual(0, 2000),
    maxScore: z.number().int().min(1).max(100),
    weight: z.number().int().min(1).max(100),
    minScore: z.number().int().min(0).max(100).nullable(),
  })
  .refine((criterion) => criterion.minScore === null || criterion.minScore <= criterion.maxScore, {
    path: ['minScore'],
    message: 'review.rubric.minAboveMax',
  });
export type TRubricCriterionInput = z.infer<typeof ZRubricCriterionInput>;

export const ZUpdateRubricRequest = z.object({
  version: ZVersion,
  criteria: z.array(ZRubricCriterionInput).min(1).max(RUBRIC_MAX_CRITERIA),
});
export type TUpdateRubricRequest = z.infer<typeof ZUpdateRubricRequest>;

export const ZUpdateReviewSettingsRequest = z.object({
  version: ZVersion,
  reviewersPerApplication: z.number().int().min(1).max(10),
  reviewDueAt: ZInstant.nullable(),
  disagreementGap: z.number().int().min(0).max(100),
  blindReview: z.boolean(),
  identifyingQuestionIds: z.array(ZQuestionId).max(200),
  reviewerHiddenQuestionIds: z.array(ZQuestionId).max(200),
});
export type TUpdateReviewSettingsRequest = z.infer<typeof ZUpdateReviewSettingsRequest>;

export const ZRubricCriterion = z.object({
  id: z.uuid(),
  position: z.number().int(),
  name: ZBilingual(0, 200),
  guidance: ZBilingual(0, 2000),
  maxScore: z.number().int(),
  weight: z.number().int(),
  minScore: z.number().int().nullable(),
});
export type TRubricCriterion = z.infer<typeof ZRubricCriterion>;

export const ZReviewSettingsResponse = z.object({
  callId: z.uuid(),
  callCode: z.string(),
  callTitle: z.object({ lv: z.string(), en: z.string() }),
  version: z.number().int(),
  reviewersPerApplication: z.number().int(),
  reviewDueAt: ZInstant.nullable(),
  disagreementGap: z.number().int(),
  blindReview: z.boolean(),
  identifyingQuestionIds: z.array(z.string()),
  reviewerHiddenQuestionIds: z.array(z.string()),
  criteria: z.array(ZRubricCriterion),
  /** True once any review is submitted: the rubric can no longer change. */
  rubricLocked: z.boolean(),
  /** The questions of the call's latest form, to mark identifying or hidden ones. */
  questions: z.array(z.object({ id: z.string(), type: ZQuestionType, label: z.object({ lv: z.string(), en: z.string() }) })),
});
export type TReviewSettingsResponse = z.infer<typeof ZReviewSettingsResponse>;

// ---------------------------------------------------------------- reviewer pool

export const ZReviewerSearchQuery = ZPageQuery.extend({ q: z.string().trim().max(200).default('') });
export type TReviewerSearchQuery = z.infer<typeof ZReviewerSearchQuery>;

export const ZReviewerCandidate = z.object({ userId: z.uuid(), displayName: z.string(), email: z.string() });
export const ZReviewerCandidateListResponse = paged(ZReviewerCandidate);
export type TReviewerCandidateListResponse = z.infer<typeof ZReviewerCandidateListResponse>;

export const ZPoolReviewer = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  /** Not yet signed in to set a password (invited by e-mail). */
  invitationPending: z.boolean(),
  addedAt: ZInstant,
  assigned: z.number().int(),
  submitted: z.number().int(),
  conflicted: z.number().int(),
});
export type TPoolReviewer = z.infer<typeof ZPoolReviewer>;
export const ZReviewerPoolResponse = paged(ZPoolReviewer);
export type TReviewerPoolResponse = z.infer<typeof ZReviewerPoolResponse>;

export const ZAddPoolReviewerRequest = z.object({ userId: z.uuid() });
export type TAddPoolReviewerRequest = z.infer<typeof ZAddPoolReviewerRequest>;

export const ZInviteReviewerRequest = z.object({
  email: z.email().max(254).transform((email) => email.toLowerCase()),
  displayName: z.string().trim().min(1).max(200),
  locale: ZLocale.default('lv'),
});
export type TInviteReviewerRequest = z.input<typeof ZInviteReviewerRequest>;

// ---------------------------------------------------------------- assignment

export const REVIEW_ASSIGNMENT_STATUSES = ['pending', 'in_progress', 'submitted', 'conflicted', 'released'] as const;
export const ZReviewAssignmentStatus = z.enum(REVIEW_ASSIGNMENT_STATUSES);
export type TReviewAssignmentStatus = z.infer<typeof ZReviewAssignmentStatus>;

export const ZManualAssignmentRequest = z.object({
  applicationId: z.uuid(),
  reviewerIds: z.array(z.uuid()).min(1).max(10),
});
export type TManualAssignmentRequest = z.infer<typeof ZManualAssignmentRequest>;

export const ZAutoAssignmentResponse = z.object({
  created: z.number().int(),
  unfilled: z.array(z.object({ applicationId: z.uuid(), referenceNumber: z.string().nullable(), missing: z.number().int() })),
});
export type TAutoAssignmentResponse = z.infer<typeof ZAutoAssignmentResponse>;

export const ZReleaseAssignmentRequest = z.object({
  reason: z.string().trim().min(1).max(1000),
  /** Put the least loaded eligible reviewer in their place. */
  replace: z.boolean().default(true),
});
export type TReleaseAssignmentRequest = z.input<typeof ZReleaseAssignmentRequest>;

export const ZReopenReviewRequest = z.object({ reason: z.string().trim().min(1).max(1000) });
export type TReopenReviewRequest = z.infer<typeof ZReopenReviewRequest>;

export const ZStaffAssignment = z.object({
  id: z.uuid(),
  reviewerId: z.uuid(),
  reviewerName: z.string(),
  status: ZReviewAssignmentStatus,
  submittedAt: ZInstant.nullable(),
  releaseReason: z.string().nullable(),
});
export type TStaffAssignment = z.infer<typeof ZStaffAssignment>;

export const ZReviewProgressQuery = ZPageQuery.extend({ status: ZApplicationStatus.optional() });
export type TReviewProgressQuery = z.infer<typeof ZReviewProgressQuery>;

export const ZApplicationReviewProgress = z.object({
  applicationId: z.uuid(),
  referenceNumber: z.string().nullable(),
  organisationName: z.string(),
  status: ZApplicationStatus,
  needed: z.number().int(),
  done: z.number().int(),
  assignments: z.array(ZStaffAssignment),
});
export type TApplicationReviewProgress = z.infer<typeof ZApplicationReviewProgress>;
export const ZReviewProgressResponse = paged(ZApplicationReviewProgress).extend({
  summary: z.object({ applications: z.number().int(), fullyReviewed: z.number().int(), assignments: z.number().int(), submitted: z.number().int() }),
});
export type TReviewProgressResponse = z.infer<typeof ZReviewProgressResponse>;

// ---------------------------------------------------------------- reviewer work

export const ZMyAssignmentsQuery = ZPageQuery;
export const ZMyAssignment = z.object({
  id: z.uuid(),
  status: ZReviewAssignmentStatus,
  call: z.object({ id: z.uuid(), code: z.string(), title: z.object({ lv: z.string(), en: z.string() }) }),
  referenceNumber: z.string().nullable(),
  reviewDueAt: ZInstant.nullable(),
  scored: z.number().int(),
  criteria: z.number().int(),
  assignedAt: ZInstant,
});
export type TMyAssignment = z.infer<typeof ZMyAssignment>;
export const ZMyAssignmentListResponse = paged(ZMyAssignment);
export type TMyAssignmentListResponse = z.infer<typeof ZMyAssignmentListResponse>;

/** "No conflict of interest", or a conflict with a note saying what it is. */
export const ZConflictDeclarationRequest = z
  .object({ conflict: z.boolean(), note: z.string().trim().max(CONFLICT_NOTE_MAX).default('') })
  .refine((declaration) => !declaration.conflict || declaration.note.length > 0, { path: ['note'], message: 'review.declaration.noteRequired' });
export type TConflictDeclarationRequest = z.infer<typeof ZConflictDeclarationRequest>;
export type TConflictDeclarationInput = z.input<typeof ZConflictDeclarationRequest>;

export const ZReviewScoreInput = z.object({
  criterionId: z.uuid(),
  score: z.number().int().min(0).max(100).nullable(),
  comment: z.string().max(REVIEW_COMMENT_MAX),
});
export type TReviewScoreInput = z.infer<typeof ZReviewScoreInput>;

export const ZSaveReviewDraftRequest = z.object({
  version: ZVersion,
  comment: z.string().max(REVIEW_COMMENT_MAX),
  scores: z.array(ZReviewScoreInput).max(RUBRIC_MAX_CRITERIA),
});
export type TSaveReviewDraftRequest = z.infer<typeof ZSaveReviewDraftRequest>;

export const ZSubmitReviewRequest = z.object({ version: ZVersion });
export type TSubmitReviewRequest = z.infer<typeof ZSubmitReviewRequest>;

export const ZReviewerAttachment = z.object({
  id: z.uuid(),
  questionId: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  /** PDF and images open in the browser; other files are downloaded. */
  inline: z.boolean(),
});

/** The application as a reviewer may see it (blind review redacted on the server). */
export const ZReviewerApplication = z.object({
  referenceNumber: z.string().nullable(),
  submittedAt: ZInstant.nullable(),
  form: ZFormDefinition,
  answers: z.record(z.string(), z.unknown()),
  /** Null under blind review. */
  organisation: z.object({ legalName: z.string(), type: z.string(), municipalityCode: z.string() }).nullable(),
  /** Questions whose answers were withheld (identifying under blind review, hidden files). */
  redactedQuestionIds: z.array(z.string()),
  attachments: z.array(ZReviewerAttachment),
});
export type TReviewerApplication = z.infer<typeof ZReviewerApplication>;

export const ZReviewAssignmentResponse = z.object({
  id: z.uuid(),
  status: ZReviewAssignmentStatus,
  version: z.number().int(),
  comment: z.string(),
  call: z.object({ id: z.uuid(), code: z.string(), title: z.object({ lv: z.string(), en: z.string() }), blindReview: z.boolean() }),
  reviewDueAt: ZInstant.nullable(),
  referenceNumber: z.string().nullable(),
  criteria: z.array(ZRubricCriterion),
  scores: z.array(z.object({ criterionId: z.uuid(), score: z.number().int().nullable(), comment: z.string() })),
  noConflictDeclaredAt: ZInstant.nullable(),
  submittedAt: ZInstant.nullable(),
  /** Null until the reviewer declares no conflict of interest. */
  application: ZReviewerApplication.nullable(),
});
export type TReviewAssignmentResponse = z.infer<typeof ZReviewAssignmentResponse>;

/** Types a reviewer's browser shows inline. */
export const REVIEWER_INLINE_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export function reviewerAttachmentUrl(assignmentId: string, attachmentId: string): string {
  return `/api/reviews/assignments/${encodeURIComponent(assignmentId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
