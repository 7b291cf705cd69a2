import { z } from 'zod';
import { ZApplicationStatus } from './applications';
import { ZApplicationAction } from './application-workflow';
import { ZOrganisationType } from './reference-data';

/** The automatic checks run on every submitted application, in display order. */
export const ELIGIBILITY_CHECKS = [
  'organisationType',
  'municipality',
  'requestedAmount',
  'ownContribution',
  'requiredAnswers',
  'requiredAttachments',
] as const;
export const ZEligibilityCheckName = z.enum(ELIGIBILITY_CHECKS);
export type TEligibilityCheckName = z.infer<typeof ZEligibilityCheckName>;

/** A reason as a translation key (`eligibility.reason.*`) with its parameters. */
export const ZEligibilityReason = z.object({
  key: z.string().min(1).max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type TEligibilityReason = z.infer<typeof ZEligibilityReason>;

/** One stored result in `EligibilityCheck.autoResults`. */
export const ZEligibilityAutoResult = z.object({
  check: ZEligibilityCheckName,
  passed: z.boolean(),
  reason: ZEligibilityReason,
});
export type TEligibilityAutoResult = z.infer<typeof ZEligibilityAutoResult>;

// ---------- the coordinator's checklist (per call) ----------

export const ELIGIBILITY_CHECKLIST_MAX_ITEMS = 30;
export const ELIGIBILITY_CHECKLIST_TEXT_MAX = 300;
const ZChecklistText = z.string().trim().min(1).max(ELIGIBILITY_CHECKLIST_TEXT_MAX);

export const ZEligibilityChecklistItem = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, { message: 'eligibility.checklist.idFormat' }),
  lv: ZChecklistText,
  en: ZChecklistText,
});
export type TEligibilityChecklistItem = z.infer<typeof ZEligibilityChecklistItem>;

export const ZEligibilityChecklist = z
  .array(ZEligibilityChecklistItem)
  .max(ELIGIBILITY_CHECKLIST_MAX_ITEMS)
  .refine((items) => new Set(items.map((item) => item.id)).size === items.length, { message: 'eligibility.checklist.duplicateId' });

export const ZUpdateEligibilityChecklistRequest = z.object({
  /** The call version the coordinator read (optimistic concurrency). */
  version: z.number().int().min(1),
  items: ZEligibilityChecklist,
});
export type TUpdateEligibilityChecklistRequest = z.infer<typeof ZUpdateEligibilityChecklistRequest>;

export const ZEligibilityChecklistResponse = z.object({
  callId: z.string(),
  version: z.number().int(),
  items: z.array(ZEligibilityChecklistItem),
});
export type TEligibilityChecklistResponse = z.infer<typeof ZEligibilityChecklistResponse>;

/** Ticks on one application: item id → ticked; the version of its eligibility record. */
export const ZUpdateEligibilityTicksRequest = z.object({
  version: z.number().int().min(1),
  ticks: z.record(z.string().max(40), z.boolean()).refine((ticks) => Object.keys(ticks).length <= ELIGIBILITY_CHECKLIST_MAX_ITEMS, {
    message: 'eligibility.checklist.tooMany',
  }),
});
export type TUpdateEligibilityTicksRequest = z.infer<typeof ZUpdateEligibilityTicksRequest>;

// ---------- outcome ----------

export const ELIGIBILITY_REASON_MAX = 2000;
export const ELIGIBILITY_ACTIONS = ['markEligible', 'markIneligible', 'revertEligibility'] as const;
export const ZEligibilityAction = z.enum(ELIGIBILITY_ACTIONS);
export type TEligibilityAction = z.infer<typeof ZEligibilityAction>;

/**
 * An outcome. Ineligible always needs a reason (the applicant reads it); eligible needs one
 * only when an automatic check failed (the coordinator overrides it); the service checks that.
 */
export const ZEligibilityDecisionRequest = z.object({
  reason: z.string().trim().max(ELIGIBILITY_REASON_MAX).optional(),
});
export type TEligibilityDecisionRequest = z.infer<typeof ZEligibilityDecisionRequest>;

export const ELIGIBILITY_BULK_MAX = 500;
/** The ids of the passing applications the coordinator saw; refused when the set changed. */
export const ZBulkMarkEligibleRequest = z.object({
  applicationIds: z
    .array(z.uuid())
    .min(1)
    .max(ELIGIBILITY_BULK_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'eligibility.bulk.duplicateId' }),
});
export type TBulkMarkEligibleRequest = z.infer<typeof ZBulkMarkEligibleRequest>;
export const ZBulkMarkEligibleResponse = z.object({ marked: z.number().int() });
export type TBulkMarkEligibleResponse = z.infer<typeof ZBulkMarkEligibleResponse>;

// ---------- lists and views ----------

export const ELIGIBILITY_LIST_STATUSES = ['submitted', 'eligible', 'ineligible'] as const;
export const ELIGIBILITY_PAGE_SIZE_MAX = 100;

export const ZEligibilityListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(ELIGIBILITY_PAGE_SIZE_MAX).default(25),
  status: z.enum(ELIGIBILITY_LIST_STATUSES).optional(),
  /** pass: every automatic check passed; fail: at least one failed. */
  checks: z.enum(['pass', 'fail']).optional(),
});
export type TEligibilityListQuery = z.infer<typeof ZEligibilityListQuery>;

export const ZEligibilityListItem = z.object({
  applicationId: z.string(),
  referenceNumber: z.string().nullable(),
  organisationName: z.string(),
  status: ZApplicationStatus,
  requestedCents: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  /** null until the checks ran. */
  autoPassed: z.boolean().nullable(),
  failedChecks: z.array(ZEligibilityCheckName),
  checklistTicked: z.number().int(),
  outcome: z.enum(['eligible', 'ineligible']).nullable(),
});
export type TEligibilityListItem = z.infer<typeof ZEligibilityListItem>;

export const ZEligibilityListResponse = z.object({
  items: z.array(ZEligibilityListItem),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** For the bulk action: submitted applications whose checks all pass, and their ids. */
  passing: z.object({ count: z.number().int(), applicationIds: z.array(z.string()) }),
  call: z.object({
    id: z.string(),
    code: z.string(),
    title: z.object({ lv: z.string(), en: z.string() }),
    version: z.number().int(),
    checklist: z.array(ZEligibilityChecklistItem),
  }),
});
export type TEligibilityListResponse = z.infer<typeof ZEligibilityListResponse>;

export const ZEligibilityDetailResponse = z.object({
  applicationId: z.string(),
  callId: z.string(),
  referenceNumber: z.string().nullable(),
  status: ZApplicationStatus,
  organisation: z.object({ legalName: z.string(), type: ZOrganisationType, municipalityCode: z.string() }),
  requestedCents: z.number().int().nullable(),
  autoResults: z.array(ZEligibilityAutoResult),
  autoPassed: z.boolean(),
  checklist: z.array(ZEligibilityChecklistItem.extend({ ticked: z.boolean() })),
  outcome: z.enum(['eligible', 'ineligible']).nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  version: z.number().int(),
  allowedActions: z.array(ZApplicationAction),
});
export type TEligibilityDetailResponse = z.infer<typeof ZEligibilityDetailResponse>;

/** What the applicant sees on their application page. */
export const ZApplicantEligibilityResponse = z.object({
  outcome: z.enum(['eligible', 'ineligible']).nullable(),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type TApplicantEligibilityResponse = z.infer<typeof ZApplicantEligibilityResponse>;
