import { z } from 'zod';
import { ZCents } from './money';
import { ZApplicationStatus } from './applications';
import { ZCallStatus } from './call-status';

export const DECISION_KINDS = ['award', 'waitlist', 'reject'] as const;
export const ZDecisionKind = z.enum(DECISION_KINDS);
export type TDecisionKind = z.infer<typeof ZDecisionKind>;

/** Statuses the ranked list shows: reviewed, and those already decided. */
export const RANKED_STATUSES = ['reviewed', 'awarded', 'waitlisted', 'rejected'] as const;
export const ZRankedStatus = z.enum(RANKED_STATUSES);

const ZLocalized = z.object({ lv: z.string(), en: z.string() });
const ZRationale = z.string().trim().min(1).max(4000);

// ---------- scores and moderation ----------

export const ZModerateScoreRequest = z.object({
  moderatedScore: z.number().int().min(0).max(1000),
  reason: z.string().trim().min(1).max(2000),
});
export type TModerateScoreRequest = z.infer<typeof ZModerateScoreRequest>;

export const ZShareCommentRequest = z.object({ shared: z.boolean() });
export type TShareCommentRequest = z.infer<typeof ZShareCommentRequest>;

export const ZScoreCell = z.object({
  criterionId: z.string(),
  score: z.number().int().nullable(),
  moderatedScore: z.number().int().nullable(),
  /** moderatedScore ?? score: what the totals use. */
  effectiveScore: z.number().int().nullable(),
  moderationReason: z.string().nullable(),
  moderatedByName: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  comment: z.string(),
  sharedWithApplicant: z.boolean(),
});
export type TScoreCell = z.infer<typeof ZScoreCell>;

export const ZReviewerScores = z.object({
  assignmentId: z.string(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  status: z.enum(['pending', 'in_progress', 'submitted']),
  submittedAt: z.string().nullable(),
  comment: z.string(),
  /** Weighted total 0–100 of a submitted review; null before submission. */
  total: z.number().nullable(),
  /** Scores of a submitted review (drafts stay the reviewer's own). */
  scores: z.array(ZScoreCell),
});
export type TReviewerScores = z.infer<typeof ZReviewerScores>;

export const ZCriterionSummary = z.object({
  id: z.string(),
  name: ZLocalized,
  maxScore: z.number().int(),
  weight: z.number().int(),
  minScore: z.number().int().nullable(),
  mean: z.number().nullable(),
  belowMinimum: z.boolean(),
});
export type TCriterionSummary = z.infer<typeof ZCriterionSummary>;

export const ZScoreSummary = z.object({
  reviewCount: z.number().int(),
  weightedTotal: z.number().nullable(),
  spread: z.number().nullable(),
  disagreement: z.boolean(),
});

// ---------- decisions ----------

export const ZDecideRequest = z
  .object({
    kind: ZDecisionKind,
    /** Award only: the full or a reduced amount, integer cents. */
    amountCents: ZCents.optional(),
    rationale: ZRationale,
    /** Required when the award takes the call past its budget envelope. */
    overrideReason: z.string().trim().min(1).max(2000).optional(),
    /** Send per-criterion feedback and the selected reviewer comments with the letter. */
    feedbackEnabled: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    if (value.kind === 'award' && value.amountCents === undefined) {
      context.addIssue({ code: 'custom', path: ['amountCents'], message: 'decisions.amount.required' });
    }
    if (value.kind !== 'award' && value.amountCents !== undefined) {
      context.addIssue({ code: 'custom', path: ['amountCents'], message: 'decisions.amount.onlyForAward' });
    }
  });
export type TDecideRequest = z.input<typeof ZDecideRequest>;

export const ZCallBudgetLine = z.object({
  envelopeCents: z.number().int(),
  /** Sum of the amounts awarded in the call. */
  allocatedCents: z.number().int(),
  remainingCents: z.number().int(),
  overAllocated: z.boolean(),
});
export type TCallBudgetLine = z.infer<typeof ZCallBudgetLine>;

export const ZDecisionResponse = z.object({
  applicationId: z.string(),
  kind: ZDecisionKind,
  amountCents: z.number().int().nullable(),
  rationale: z.string(),
  overrideReason: z.string().nullable(),
  feedbackEnabled: z.boolean(),
  decidedAt: z.string(),
  decidedByName: z.string().nullable(),
  letterSentAt: z.string().nullable(),
});
export type TDecisionResponse = z.infer<typeof ZDecisionResponse>;

export const ZDecideResponse = z.object({
  decision: ZDecisionResponse,
  status: ZApplicationStatus,
  budget: ZCallBudgetLine,
});
export type TDecideResponse = z.infer<typeof ZDecideResponse>;

export const ZApplicationScoresResponse = z.object({
  application: z.object({
    id: z.string(),
    callId: z.string(),
    referenceNumber: z.string().nullable(),
    organisationName: z.string(),
    projectTitle: z.string().nullable(),
    status: ZApplicationStatus,
    requestedCents: z.number().int().nullable(),
  }),
  disagreementGap: z.number().int(),
  criteria: z.array(ZCriterionSummary),
  summary: ZScoreSummary,
  reviewers: z.array(ZReviewerScores),
  decision: ZDecisionResponse.nullable(),
  /** Decisions the workflow table allows now (award, waitlist, reject). */
  allowedDecisions: z.array(ZDecisionKind),
  /** Whether scores may still be moderated (not once letters went out). */
  moderationOpen: z.boolean(),
});
export type TApplicationScoresResponse = z.infer<typeof ZApplicationScoresResponse>;

// ---------- ranked list ----------

export const RANKED_SORTS = ['total', 'requested', 'reference'] as const;
export const ZRankedListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  status: ZRankedStatus.optional(),
  flag: z.enum(['disagreement', 'belowMinimum']).optional(),
  sort: z.enum(RANKED_SORTS).default('total'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type TRankedListQuery = z.input<typeof ZRankedListQuery>;

export const ZRankedApplication = z.object({
  id: z.string(),
  /** Position by weighted total among the call's ranked applications (1 = best). */
  rank: z.number().int(),
  referenceNumber: z.string().nullable(),
  organisationName: z.string(),
  projectTitle: z.string().nullable(),
  status: ZRankedStatus,
  requestedCents: z.number().int().nullable(),
  awardedCents: z.number().int().nullable(),
  reviewCount: z.number().int(),
  weightedTotal: z.number().nullable(),
  spread: z.number().nullable(),
  disagreement: z.boolean(),
  belowMinimum: z.boolean(),
  decision: z
    .object({ kind: ZDecisionKind, amountCents: z.number().int().nullable(), rationale: z.string(), letterSent: z.boolean() })
    .nullable(),
});
export type TRankedApplication = z.infer<typeof ZRankedApplication>;

export const ZRankedListResponse = z.object({
  call: z.object({
    id: z.string(),
    code: z.string(),
    title: ZLocalized,
    status: ZCallStatus,
    minAwardCents: z.number().int(),
    maxAwardCents: z.number().int(),
    disagreementGap: z.number().int(),
    decidedAt: z.string().nullable(),
  }),
  budget: ZCallBudgetLine,
  items: z.array(ZRankedApplication),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** Applications still without an outcome (submitted … reviewed): letters wait for them. */
  undecidedCount: z.number().int(),
  /** Decisions whose letters have not been sent yet. */
  unsentLetterCount: z.number().int(),
});
export type TRankedListResponse = z.infer<typeof ZRankedListResponse>;

// ---------- exports ----------

export const ZExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
export type TExportQuery = z.infer<typeof ZExportQuery>;
