import { z } from 'zod';
import { MAX_INT32, ZVersionParam } from './bounds';
import { MAX_MONEY_CENTS } from './money-format';
import { allQuestions, ZFormDefinition, ZQuestionId, type TFormDefinition } from './forms';
import { budgetLinesSchema, computeBudget, ZBudgetLine } from './budget';
import { ZOrganisationType } from './reference-data';
import { ZOrganisationRole } from './organisations';
import { ZApplicationAction } from './application-workflow';

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'clarification_requested',
  'eligible',
  'ineligible',
  'under_review',
  'reviewed',
  'awarded',
  'waitlisted',
  'rejected',
  'withdrawn',
] as const;
export const ZApplicationStatus = z.enum(APPLICATION_STATUSES);
export type TApplicationStatus = z.infer<typeof ZApplicationStatus>;

/**
 * The amount requested: computed from the form's (first shown) budget-table answer, in
 * cents; null when the form has no budget table or it is not filled in yet.
 */
export function requestedCentsOf(form: Pick<TFormDefinition, 'sections'>, answers: Record<string, unknown>): number | null {
  for (const question of allQuestions(form)) {
    if (question.type !== 'budget_table') continue;
    // A stored budget past the bounds (saved before they existed) shows no amount rather than
    // breaking every page that lists it.
    const parsed = budgetLinesSchema(ZBudgetLine).safeParse(answers[question.id]);
    if (parsed.success && parsed.data.length > 0) return computeBudget(parsed.data).requestedCents;
  }
  return null;
}

const ZInstant = z.iso.datetime({ offset: true });
const ZLocalized = z.object({ lv: z.string(), en: z.string() });

/** Any answer value; the per-question schema (answerValueSchema) checks it on both sides. */
export const ZAnswerValueLoose = z.unknown();

// ---------- requests ----------

export const ZCreateApplicationRequest = z.object({ callId: z.uuid(), organisationId: z.uuid() });
export type TCreateApplicationRequest = z.infer<typeof ZCreateApplicationRequest>;

/**
 * Autosave: only the questions that changed, with the fieldVersions the client last saw.
 * `null` clears an answer. A question whose fieldVersion moved on is a conflict, not applied.
 */
export const ZUpdateAnswersRequest = z.object({
  changes: z.record(ZQuestionId, ZAnswerValueLoose),
  baseFieldVersions: z.record(ZQuestionId, z.number().int().min(0).max(MAX_INT32)),
});
export type TUpdateAnswersRequest = z.infer<typeof ZUpdateAnswersRequest>;

export const ZWithdrawApplicationRequest = z.object({ reason: z.string().trim().min(1).max(2000) });
export type TWithdrawApplicationRequest = z.infer<typeof ZWithdrawApplicationRequest>;

export const ZRequestClarificationRequest = z.object({
  questionIds: z.array(ZQuestionId).min(1).max(200),
  message: z.string().trim().min(1).max(4000),
  dueAt: ZInstant,
});
export type TRequestClarificationRequest = z.infer<typeof ZRequestClarificationRequest>;

export const ZRevisionCompareQuery = z.object({
  from: ZVersionParam,
  to: ZVersionParam,
});
export type TRevisionCompareQuery = z.infer<typeof ZRevisionCompareQuery>;

/** `GET /applications/:id/revisions/:number/pdf`: the PDF copy of one submitted revision. */
export const ZRevisionPdfParams = z.object({
  id: z.uuid(),
  number: z.coerce.number().int().min(1).max(10_000),
});
export const ZRevisionPdfQuery = z.object({
  /** The PDF's language; the caller's own language by default. */
  locale: z.enum(['lv', 'en']).optional(),
});

export const CALL_APPLICATION_MAX_PAGE_SIZE = 100;
export const CALL_APPLICATION_SORTS = ['submittedAt', 'requested', 'organisation', 'status'] as const;
export const ZCallApplicationListQuery = z.object({
  /** Words in the project title or the organisation's name (case-insensitive). */
  q: z.string().trim().min(1).max(100).optional(),
  status: ZApplicationStatus.optional(),
  municipalityCode: z.string().min(1).max(50).optional(),
  organisationType: ZOrganisationType.optional(),
  requestedMin: z.coerce.number().int().min(0).max(MAX_MONEY_CENTS).optional(),
  requestedMax: z.coerce.number().int().min(0).max(MAX_MONEY_CENTS).optional(),
  sort: z.enum(CALL_APPLICATION_SORTS).default('submittedAt'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(CALL_APPLICATION_MAX_PAGE_SIZE).default(25),
});
export type TCallApplicationListQuery = z.infer<typeof ZCallApplicationListQuery>;

/** The filtered list as a file: the same filters and sort, every page, CSV or XLSX. */
export const ZCallApplicationExportQuery = ZCallApplicationListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export type TCallApplicationExportQuery = z.infer<typeof ZCallApplicationExportQuery>;

// ---------- responses ----------

export const ZApplicationCallSummary = z.object({
  id: z.string(),
  code: z.string(),
  title: ZLocalized,
  opensAt: z.string(),
  closesAt: z.string(),
  minAwardCents: z.number().int(),
  maxAwardCents: z.number().int(),
  ownContributionPercent: z.number().int(),
});

export const ZApplicationOrganisationSummary = z.object({
  id: z.string(),
  legalName: z.string(),
  type: ZOrganisationType,
  municipalityCode: z.string(),
  /** The caller's role in it; null for staff. */
  myRole: ZOrganisationRole.nullable(),
});

export const ZClarificationResponse = z.object({
  id: z.string(),
  questionIds: z.array(z.string()),
  message: z.string(),
  dueAt: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type TClarificationResponse = z.infer<typeof ZClarificationResponse>;

export const ZApplicationResponse = z.object({
  id: z.string(),
  referenceNumber: z.string().nullable(),
  status: ZApplicationStatus,
  /** Optimistic-concurrency counter of the whole row (bumped by every write). */
  version: z.number().int(),
  formVersion: z.number().int(),
  /** The form definition of `formVersion`. */
  form: ZFormDefinition,
  /** questionId → value (TAnswers). */
  answers: z.record(z.string(), z.unknown()),
  /** questionId → how many times that answer changed: send these back as `baseFieldVersions`. */
  fieldVersions: z.record(z.string(), z.number().int()),
  /** Requested amount computed from the budget table answer (cents); null without one. */
  requestedCents: z.number().int().nullable(),
  call: ZApplicationCallSummary,
  /**
   * The applying organisation; null in a reviewer's view under blind review (then
   * `redacted` is true). Members see their own role in `myRole`.
   */
  organisation: ZApplicationOrganisationSummary.nullable(),
  /**
   * True in an assigned reviewer's view: read-only, no clarification or withdrawal details,
   * and under blind review no organisation or people. See docs/api.md "Reviewer view".
   */
  redacted: z.boolean(),
  /** Questions whose answers this caller does not get (identifying ones under blind review, hidden file questions). */
  withheldQuestionIds: z.array(z.string()),
  /** Questions the caller may change now: all while a draft is open, the named ones during a clarification. */
  editableQuestionIds: z.array(z.string()),
  openClarification: ZClarificationResponse.nullable(),
  revisionCount: z.number().int(),
  /** What the caller may do now (the transition table, the caller's role and the server's clock). */
  allowedActions: z.array(ZApplicationAction),
  submittedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TApplicationResponse = z.infer<typeof ZApplicationResponse>;

export const ZAnswerConflict = z.object({
  questionId: z.string(),
  /** The value this request tried to save (not applied). */
  yours: z.unknown(),
  /** The value someone else saved first (kept). */
  theirs: z.unknown(),
  theirsFieldVersion: z.number().int(),
});
export type TAnswerConflict = z.infer<typeof ZAnswerConflict>;

/**
 * What an autosave changed, not the whole application: the answers and their versions as the
 * server now holds them, the amount they request, the row's version and time. The client
 * merges these into the application it shows (the form definition, the call and the rest do
 * not change with answers, and an autosave runs every few seconds, often on a slow line).
 */
export const ZUpdateAnswersResponse = ZApplicationResponse.pick({
  id: true,
  version: true,
  answers: true,
  fieldVersions: true,
  requestedCents: true,
  updatedAt: true,
}).extend({
  conflicts: z.array(ZAnswerConflict),
});
export type TUpdateAnswersResponse = z.infer<typeof ZUpdateAnswersResponse>;

export const ZMyApplicationItem = z.object({
  id: z.string(),
  referenceNumber: z.string().nullable(),
  status: ZApplicationStatus,
  callId: z.string(),
  callCode: z.string(),
  callTitle: ZLocalized,
  closesAt: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  requestedCents: z.number().int().nullable(),
  /** A draft before the deadline, or an open clarification before its due date. */
  needsAction: z.boolean(),
  /** The deadline that matters now: the call's close or the clarification's due date; null if none. */
  actionDueAt: z.string().nullable(),
  /** What this member may do now (the transition table, their role, the server's clock): the web never recomputes it. */
  allowedActions: z.array(ZApplicationAction),
  updatedAt: z.string(),
});
export type TMyApplicationItem = z.infer<typeof ZMyApplicationItem>;

export const ZMyApplicationListResponse = z.object({ items: z.array(ZMyApplicationItem) });
export type TMyApplicationListResponse = z.infer<typeof ZMyApplicationListResponse>;

export const ZApplicationRevisionItem = z.object({
  number: z.number().int(),
  formVersion: z.number().int(),
  submittedAt: z.string(),
  submittedById: z.string().nullable(),
  submittedByName: z.string().nullable(),
});
export const ZApplicationRevisionListResponse = z.object({ items: z.array(ZApplicationRevisionItem) });
export type TApplicationRevisionListResponse = z.infer<typeof ZApplicationRevisionListResponse>;

export const ZRevisionCompareItem = z.object({
  questionId: z.string(),
  label: ZLocalized,
  before: z.unknown(),
  after: z.unknown(),
  changed: z.boolean(),
});
export const ZRevisionCompareResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  items: z.array(ZRevisionCompareItem),
});
export type TRevisionCompareResponse = z.infer<typeof ZRevisionCompareResponse>;

/**
 * One row of an application's history. A member's consecutive answer saves (autosave) with
 * gaps under HISTORY_SESSION_GAP_MINUTES are one row: `count` saves from `createdAt` to
 * `lastAt`, `before` of the first and `after` of the last.
 */
export const ZApplicationHistoryItem = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  createdAt: z.string(),
  lastAt: z.string(),
  count: z.number().int().min(1),
});
export const HISTORY_SESSION_GAP_MINUTES = 30;
export const HISTORY_PAGE_SIZE_MAX = 100;
/** `GET /applications/:id/history`: oldest first, paged. */
export const ZApplicationHistoryQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(HISTORY_PAGE_SIZE_MAX).default(50),
});
export type TApplicationHistoryQuery = z.infer<typeof ZApplicationHistoryQuery>;
export const ZApplicationHistoryResponse = z.object({
  items: z.array(ZApplicationHistoryItem),
  total: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type TApplicationHistoryResponse = z.infer<typeof ZApplicationHistoryResponse>;

export const ZCallApplicationItem = z.object({
  id: z.string(),
  referenceNumber: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  organisationType: ZOrganisationType,
  municipalityCode: z.string(),
  /** The organisation's contact, for the coordinator to reach the applicant. */
  organisationContactEmail: z.string(),
  organisationContactPhone: z.string(),
  projectTitle: z.string().nullable(),
  requestedCents: z.number().int().nullable(),
  status: ZApplicationStatus,
  submittedAt: z.string().nullable(),
});
export const ZCallApplicationListResponse = z.object({
  items: z.array(ZCallApplicationItem),
  /** Matching applications over all pages. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TCallApplicationListResponse = z.infer<typeof ZCallApplicationListResponse>;
