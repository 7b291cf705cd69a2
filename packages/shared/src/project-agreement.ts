import { z } from 'zod';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from './forms';
import { ZProjectListQuery } from './projects';

// ---------------------------------------------------------------- agreement documents

/** `issued`: a PDF the coordinator generated (each generation a new version); `signed`: an uploaded copy signed by both sides. */
export const AGREEMENT_DOCUMENT_KINDS = ['issued', 'signed'] as const;
export const ZAgreementDocumentKind = z.enum(AGREEMENT_DOCUMENT_KINDS);
export type TAgreementDocumentKind = z.infer<typeof ZAgreementDocumentKind>;

/** A signed copy is a scan or a signed PDF: the attachment size limit, and only these types (decided from the content). */
export const SIGNED_COPY_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const SIGNED_COPY_MAX_BYTES = DEFAULT_ATTACHMENT_MAX_BYTES;
export const SIGNED_COPY_UPLOAD_FIELD = 'file';
/** Versions kept per kind and project: enough for any real negotiation, and the list stays short. */
export const AGREEMENT_VERSIONS_MAX = 30;

export const ZAgreementDocument = z.object({
  id: z.string(),
  kind: ZAgreementDocumentKind,
  version: z.number().int(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
  /** Who generated or uploaded it (null once that account is erased). */
  createdByName: z.string().nullable(),
});
export type TAgreementDocument = z.infer<typeof ZAgreementDocument>;

/** A project's agreement files, newest first within each kind. */
export const ZProjectAgreement = z.object({
  issued: z.array(ZAgreementDocument),
  signed: z.array(ZAgreementDocument),
});
export type TProjectAgreement = z.infer<typeof ZProjectAgreement>;

// ---------------------------------------------------------------- timeline

/**
 * What the project's timeline shows, by the audit action's prefix: THE place a later kind of
 * event (reports, budget changes) is added — record its audit entries on the project
 * (`entityType: 'project'`) under a prefix listed here, and translate the action.
 * Order matters: the first matching prefix wins.
 */
export const PROJECT_TIMELINE_KINDS = [
  { prefix: 'project.agreement.issued', kind: 'agreement' },
  { prefix: 'project.agreement.signed_copy', kind: 'agreement' },
  { prefix: 'project.update', kind: 'agreement' },
  { prefix: 'project.tranche', kind: 'payment' },
  { prefix: 'project.create', kind: 'status' },
  { prefix: 'project.activate', kind: 'status' },
  { prefix: 'project.requestFinalReport', kind: 'status' },
  { prefix: 'project.close', kind: 'status' },
  { prefix: 'project.suspend', kind: 'status' },
  { prefix: 'project.resume', kind: 'status' },
  { prefix: 'project.terminate', kind: 'status' },
  // Recorded by the reports feature on the project: submitted, changes requested, approved, schedule edits (not autosaves).
  { prefix: 'report.submit', kind: 'report' },
  { prefix: 'report.requestChanges', kind: 'report' },
  { prefix: 'report.approve', kind: 'report' },
  { prefix: 'report.schedule.', kind: 'report' },
  // The budget of record edited, change requests filed and decided (`project.budget.*`, `project.budgetChange.*`; not expenses).
  { prefix: 'project.budget', kind: 'budget' },
] as const;
export type TProjectTimelineKind = (typeof PROJECT_TIMELINE_KINDS)[number]['kind'];
export const PROJECT_TIMELINE_KIND_NAMES = ['agreement', 'status', 'payment', 'report', 'budget'] as const satisfies readonly TProjectTimelineKind[];

export function projectTimelineKindOf(action: string): TProjectTimelineKind | null {
  return PROJECT_TIMELINE_KINDS.find((entry) => action.startsWith(entry.prefix))?.kind ?? null;
}

export const PROJECT_TIMELINE_PAGE_SIZE_MAX = 100;
export const ZProjectTimelineQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PROJECT_TIMELINE_PAGE_SIZE_MAX).default(20),
});
export type TProjectTimelineQuery = z.input<typeof ZProjectTimelineQuery>;

/** The facts of one entry worth a line of text; every one optional. */
export const ZProjectTimelineDetails = z.object({
  reason: z.string().optional(),
  tranche: z.number().int().optional(),
  amountCents: z.number().int().optional(),
  paidOn: z.string().optional(),
  bankReference: z.string().optional(),
  version: z.number().int().optional(),
  fileName: z.string().optional(),
  granteeSignedOn: z.string().nullable().optional(),
  funderSignedOn: z.string().nullable().optional(),
  startDate: z.string().nullable().optional(),
  endDate: z.string().nullable().optional(),
  /** The planned tranches after a re-plan: their amounts in order. */
  plannedCents: z.array(z.number().int()).optional(),
  /** Report entries: which kind of report, its due date (added or moved to), the parts reopened, the coordinator's comment. */
  reportKind: z.enum(['interim', 'final']).optional(),
  dueDate: z.string().nullable().optional(),
  parts: z.array(z.string()).optional(),
  comment: z.string().optional(),
  /** Budget change requests: the lines' new amounts (from → to). */
  budgetChanges: z.array(z.object({ fromCents: z.number().int(), toCents: z.number().int() })).optional(),
});
export type TProjectTimelineDetails = z.infer<typeof ZProjectTimelineDetails>;

export const ZProjectTimelineEntry = z.object({
  id: z.string(),
  kind: z.enum(PROJECT_TIMELINE_KIND_NAMES),
  action: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  details: ZProjectTimelineDetails,
});
export type TProjectTimelineEntry = z.infer<typeof ZProjectTimelineEntry>;

export const ZProjectTimelineResponse = z.object({
  items: z.array(ZProjectTimelineEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TProjectTimelineResponse = z.infer<typeof ZProjectTimelineResponse>;

// ---------------------------------------------------------------- exports and payments due

export const ZProjectExportQuery = ZProjectListQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export type TProjectExportQuery = z.input<typeof ZProjectExportQuery>;

export const PAYMENTS_DUE_PAGE_SIZE_MAX = 50;
export const ZPaymentsDueQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAYMENTS_DUE_PAGE_SIZE_MAX).default(10),
});
export type TPaymentsDueQuery = z.input<typeof ZPaymentsDueQuery>;

export const ZPaymentDue = z.object({
  projectId: z.string(),
  agreementNumber: z.string(),
  organisationName: z.string(),
  callId: z.string(),
  callCode: z.string(),
  trancheId: z.string(),
  position: z.number().int(),
  amountCents: z.number().int(),
  dueDate: z.string().nullable(),
  status: z.enum(['planned', 'due', 'approved']),
  /** The due date is past (in Riga). */
  overdue: z.boolean(),
});
export type TPaymentDue = z.infer<typeof ZPaymentDue>;

export const ZPaymentsDueResponse = z.object({
  items: z.array(ZPaymentDue),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TPaymentsDueResponse = z.infer<typeof ZPaymentsDueResponse>;
