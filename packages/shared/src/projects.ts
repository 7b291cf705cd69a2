import { z } from 'zod';
import { ZVersionNumber } from './bounds';
import { ZCents } from './money';

// ---------------------------------------------------------------- project workflow

export const PROJECT_STATUSES = ['agreement_pending', 'active', 'final_report_due', 'closed', 'suspended', 'terminated'] as const;
export const ZProjectStatus = z.enum(PROJECT_STATUSES);
export type TProjectStatus = z.infer<typeof ZProjectStatus>;

export const PROJECT_ACTIONS = ['activate', 'requestFinalReport', 'close', 'suspend', 'resume', 'terminate'] as const;
export const ZProjectAction = z.enum(PROJECT_ACTIONS);
export type TProjectAction = z.infer<typeof ZProjectAction>;

/** What must hold before a transition may be taken (checked by the server, explained to the coordinator). */
export const PROJECT_REQUIREMENTS = ['agreementSigned', 'signedCopyUploaded', 'datesSet', 'finalReportApproved', 'tranchesSettled'] as const;
export type TProjectRequirement = (typeof PROJECT_REQUIREMENTS)[number];

export interface TProjectTransition {
  from: readonly TProjectStatus[];
  to: TProjectStatus;
  /** A written reason is part of the transition (kept in the audit log and on the project). */
  needsReason: boolean;
  requires: readonly TProjectRequirement[];
}

/**
 * A funded project's workflow as data (CONVENTIONS "State machines are data"). Only the
 * coordinators of the call's programme move a project; every move is audited as
 * `project.<action>`. A transition not listed here is refused.
 */
export const PROJECT_TRANSITIONS: Record<TProjectAction, TProjectTransition> = {
  /** Both sides have signed the agreement (both dates recorded, the signed copy uploaded) and the project period is known. */
  activate: { from: ['agreement_pending'], to: 'active', needsReason: false, requires: ['agreementSigned', 'signedCopyUploaded', 'datesSet'] },
  /** The project period is over: the grantee owes the final report. */
  requestFinalReport: { from: ['active'], to: 'final_report_due', needsReason: false, requires: [] },
  /** The final report is approved and every tranche is paid or cancelled. */
  close: { from: ['final_report_due'], to: 'closed', needsReason: false, requires: ['finalReportApproved', 'tranchesSettled'] },
  suspend: { from: ['active', 'final_report_due'], to: 'suspended', needsReason: true, requires: [] },
  resume: { from: ['suspended'], to: 'active', needsReason: true, requires: [] },
  terminate: { from: ['agreement_pending', 'active', 'final_report_due', 'suspended'], to: 'terminated', needsReason: true, requires: [] },
};

export type TProjectFacts = Record<TProjectRequirement, boolean>;

/** The actions the project's status allows, each with the requirements still unmet (empty: it may be taken now). */
export function projectActionsFrom(status: TProjectStatus, facts: TProjectFacts): { action: TProjectAction; unmet: TProjectRequirement[] }[] {
  return PROJECT_ACTIONS.filter((action) => PROJECT_TRANSITIONS[action].from.includes(status)).map((action) => ({
    action,
    unmet: PROJECT_TRANSITIONS[action].requires.filter((requirement) => !facts[requirement]),
  }));
}

/** `<call code>-<year>-L<seq>`, e.g. DK-2026-L007: the grant agreement's number. */
export function agreementNumberOf(callCode: string, year: number, sequence: number): string {
  return `${callCode}-${year}-L${String(sequence).padStart(3, '0')}`;
}

// ---------------------------------------------------------------- payment tranches

export const TRANCHE_STATUSES = ['planned', 'due', 'approved', 'paid', 'held', 'cancelled'] as const;
export const ZTrancheStatus = z.enum(TRANCHE_STATUSES);
export type TTrancheStatus = z.infer<typeof ZTrancheStatus>;

/** What a tranche waits for before it may be paid. */
/** `report_approved` names the report (`reportId`) whose approval the tranche waits for. */
export const TRANCHE_CONDITIONS = ['none', 'agreement_signed', 'final_report_approved', 'report_approved'] as const;
export const ZTrancheCondition = z.enum(TRANCHE_CONDITIONS);
export type TTrancheCondition = z.infer<typeof ZTrancheCondition>;

export const TRANCHE_ACTIONS = ['markDue', 'approve', 'pay', 'hold', 'release', 'cancel'] as const;
export const ZTrancheAction = z.enum(TRANCHE_ACTIONS);
export type TTrancheAction = z.infer<typeof ZTrancheAction>;

export interface TTrancheTransition {
  from: readonly TTrancheStatus[];
  to: TTrancheStatus;
  needsReason: boolean;
  /** The tranche's condition must be met (approve and pay). */
  needsCondition: boolean;
}

/** Payment tranches as data: planned → due → approved → paid, or held / cancelled with a reason. */
export const TRANCHE_TRANSITIONS: Record<TTrancheAction, TTrancheTransition> = {
  markDue: { from: ['planned'], to: 'due', needsReason: false, needsCondition: false },
  approve: { from: ['due'], to: 'approved', needsReason: false, needsCondition: true },
  pay: { from: ['approved'], to: 'paid', needsReason: false, needsCondition: true },
  hold: { from: ['planned', 'due', 'approved'], to: 'held', needsReason: true, needsCondition: false },
  release: { from: ['held'], to: 'due', needsReason: true, needsCondition: false },
  cancel: { from: ['planned', 'due', 'approved', 'held'], to: 'cancelled', needsReason: true, needsCondition: false },
};

export function trancheActionsFrom(status: TTrancheStatus): TTrancheAction[] {
  return TRANCHE_ACTIONS.filter((action) => TRANCHE_TRANSITIONS[action].from.includes(status));
}

/** Tranches whose amount still counts against the award: all but the cancelled. */
export function isCountedTranche(status: TTrancheStatus): boolean {
  return status !== 'cancelled';
}

/**
 * The default schedule for a new project: an advance of 80 % once the agreement is signed
 * and the rest after the final report is approved. Whole cents; the final tranche takes the
 * rounding remainder, so the two always add up to the award.
 */
export function defaultTranches(awardedCents: number): { amountCents: number; condition: TTrancheCondition }[] {
  const advance = Math.floor((awardedCents * 80) / 100);
  const schedule: { amountCents: number; condition: TTrancheCondition }[] = [
    { amountCents: advance, condition: 'agreement_signed' },
    { amountCents: awardedCents - advance, condition: 'final_report_approved' },
  ];
  return schedule.filter((tranche) => tranche.amountCents > 0);
}

// ---------------------------------------------------------------- API contract

const ZIsoDate = z.iso.date();
const ZReason = z.string().trim().min(1).max(2000);
export const PROJECT_PAGE_SIZE_MAX = 100;
export const PROJECT_SORTS = ['agreementNumber', 'awarded', 'organisation'] as const;

export const ZProjectListQuery = z.object({
  status: ZProjectStatus.optional(),
  municipality: z.string().trim().min(1).max(20).optional(),
  /** Only projects with a payment to make: a tranche due or approved, or planned with its due date reached (Riga), not yet paid. */
  paymentDue: z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean()).optional(),
  /** Only projects with a report overdue: due before today (Riga) and still owed (draft or changes requested). */
  reportOverdue: z.preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean()).optional(),
  sort: z.enum(PROJECT_SORTS).default('agreementNumber'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PROJECT_PAGE_SIZE_MAX).default(25),
});
export type TProjectListQuery = z.input<typeof ZProjectListQuery>;

export const ZMyProjectsQuery = ZProjectListQuery.pick({ page: true, pageSize: true });
export type TMyProjectsQuery = z.input<typeof ZMyProjectsQuery>;

export const ZMoneyTotals = z.object({
  awardedCents: z.number().int(),
  paidCents: z.number().int(),
  outstandingCents: z.number().int(),
});
export type TMoneyTotals = z.infer<typeof ZMoneyTotals>;

export const ZProjectListItem = z.object({
  id: z.string(),
  agreementNumber: z.string(),
  status: ZProjectStatus,
  projectTitle: z.string().nullable(),
  organisationId: z.string(),
  organisationName: z.string(),
  municipalityCode: z.string().nullable(),
  callId: z.string(),
  callCode: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  awardedCents: z.number().int(),
  paidCents: z.number().int(),
  /** The earliest report still owed (draft or changes requested), for "my projects". */
  nextReport: z.object({ id: z.string(), kind: z.enum(['interim', 'final']), dueDate: z.string().nullable() }).nullable(),
});
export type TProjectListItem = z.infer<typeof ZProjectListItem>;

export const ZProjectListResponse = z.object({
  items: z.array(ZProjectListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Money of the whole filtered list (staff lists only). */
  totals: ZMoneyTotals.nullable(),
});
export type TProjectListResponse = z.infer<typeof ZProjectListResponse>;

export const ZTranche = z.object({
  id: z.string(),
  position: z.number().int(),
  amountCents: z.number().int(),
  dueDate: z.string().nullable(),
  condition: ZTrancheCondition,
  /** The report a `report_approved` tranche waits for. */
  reportId: z.string().nullable(),
  conditionMet: z.boolean(),
  status: ZTrancheStatus,
  paidOn: z.string().nullable(),
  bankReference: z.string().nullable(),
  reason: z.string().nullable(),
  /** Staff only: what may be done with it now. */
  allowedActions: z.array(ZTrancheAction),
});
export type TTranche = z.infer<typeof ZTranche>;

export const ZProjectDetail = ZProjectListItem.extend({
  version: z.number().int(),
  applicationId: z.string(),
  referenceNumber: z.string().nullable(),
  callTitle: z.object({ lv: z.string(), en: z.string() }),
  contactName: z.string().nullable(),
  contactUserId: z.string().nullable(),
  granteeSignedOn: z.string().nullable(),
  funderSignedOn: z.string().nullable(),
  statusReason: z.string().nullable(),
  tranches: z.array(ZTranche),
  totals: ZMoneyTotals,
  /** Staff only (members get an empty list): the status moves and what each still needs. */
  actions: z.array(z.object({ action: ZProjectAction, unmet: z.array(z.enum(PROJECT_REQUIREMENTS)) })),
  /** Staff only: the organisation's members who may be the contact person. */
  contactCandidates: z.array(z.object({ userId: z.string(), name: z.string() })),
  viewer: z.enum(['staff', 'member']),
});
export type TProjectDetail = z.infer<typeof ZProjectDetail>;

export const ZUpdateProjectRequest = z
  .object({
    version: ZVersionNumber,
    startDate: ZIsoDate.nullable().optional(),
    endDate: ZIsoDate.nullable().optional(),
    contactUserId: z.uuid().nullable().optional(),
    granteeSignedOn: ZIsoDate.nullable().optional(),
    funderSignedOn: ZIsoDate.nullable().optional(),
  })
  .superRefine((value, context) => {
    if (value.startDate && value.endDate && value.endDate < value.startDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'projects.endBeforeStart' });
    }
  });
export type TUpdateProjectRequest = z.input<typeof ZUpdateProjectRequest>;

export const ZProjectTransitionRequest = z.object({
  action: ZProjectAction,
  version: ZVersionNumber,
  reason: ZReason.optional(),
});
export type TProjectTransitionRequest = z.input<typeof ZProjectTransitionRequest>;

export const ZTrancheInput = z
  .object({
    amountCents: ZCents.min(1),
    dueDate: ZIsoDate.nullable(),
    condition: ZTrancheCondition,
    reportId: z.uuid().nullable().optional(),
  })
  .superRefine((value, context) => {
    if (value.condition === 'report_approved' && !value.reportId) {
      context.addIssue({ code: 'custom', path: ['reportId'], message: 'projects.tranche.reportRequired' });
    }
  });
export type TTrancheInput = z.input<typeof ZTrancheInput>;

export const ZSaveTranchesRequest = z.object({
  version: ZVersionNumber,
  /** The planned tranches as they should be, in order; tranches past "planned" are kept as they are. */
  planned: z.array(ZTrancheInput).max(12),
});
export type TSaveTranchesRequest = z.input<typeof ZSaveTranchesRequest>;

export const ZTrancheTransitionRequest = z
  .object({
    action: ZTrancheAction,
    version: ZVersionNumber,
    reason: ZReason.optional(),
    paidOn: ZIsoDate.optional(),
    bankReference: z.string().trim().min(1).max(100).optional(),
  })
  .superRefine((value, context) => {
    if (value.action === 'pay' && (!value.paidOn || !value.bankReference)) {
      context.addIssue({ code: 'custom', path: [value.paidOn ? 'bankReference' : 'paidOn'], message: 'projects.tranche.paymentDetailsRequired' });
    }
  });
export type TTrancheTransitionRequest = z.input<typeof ZTrancheTransitionRequest>;
