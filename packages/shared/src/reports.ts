import { z } from 'zod';
import { MAX_INT32, ZVersionNumber } from './bounds';
import { PARTICIPANT_GROUPS, type TParticipantGroup } from './events';
import { QUESTION_TYPES, ZFormDefinition, ZQuestionId, type TFormDefinition, type TQuestionType } from './forms';
import { APP_TIME_ZONE } from './time-format';

// ---------------------------------------------------------------- report workflow

export const REPORT_KINDS = ['interim', 'final'] as const;
export const ZReportKind = z.enum(REPORT_KINDS);
export type TReportKind = z.infer<typeof ZReportKind>;

export const REPORT_STATUSES = ['draft', 'submitted', 'changes_requested', 'approved'] as const;
export const ZReportStatus = z.enum(REPORT_STATUSES);
export type TReportStatus = z.infer<typeof ZReportStatus>;

export const REPORT_ACTIONS = ['submit', 'requestChanges', 'approve'] as const;
export const ZReportAction = z.enum(REPORT_ACTIONS);
export type TReportAction = z.infer<typeof ZReportAction>;

/** Who takes a step: the grantee organisation's members, or the coordinators of the call's programme. */
export type TReportActor = 'grantee' | 'staff';

export interface TReportTransition {
  from: readonly TReportStatus[];
  to: TReportStatus;
  by: TReportActor;
  /** A comment and the named parts that reopen are part of the step. */
  needsParts: boolean;
}

/**
 * A report's workflow as data: the grantee drafts and submits; a coordinator approves or
 * requests changes on named parts (only those reopen); the grantee resubmits. Every
 * submission is kept as a version. Audited as `report.<action>`.
 */
export const REPORT_TRANSITIONS: Record<TReportAction, TReportTransition> = {
  submit: { from: ['draft', 'changes_requested'], to: 'submitted', by: 'grantee', needsParts: false },
  requestChanges: { from: ['submitted'], to: 'changes_requested', by: 'staff', needsParts: true },
  approve: { from: ['submitted'], to: 'approved', by: 'staff', needsParts: false },
};

export function reportActionsFor(status: TReportStatus, actor: TReportActor): TReportAction[] {
  return REPORT_ACTIONS.filter((action) => REPORT_TRANSITIONS[action].by === actor && REPORT_TRANSITIONS[action].from.includes(status));
}

/** A report still owed: its due date counts for reminders and the overdue list. */
export function isReportOutstanding(status: TReportStatus): boolean {
  return status === 'draft' || status === 'changes_requested';
}

// ---------------------------------------------------------------- indicators

/** Participants are counted by the same groups as events' target groups (PARTICIPANT_GROUPS). */

export const INDICATOR_LIMITS = { participants: 100_000, events: 10_000, volunteers: 10_000, volunteerHours: 1_000_000, outcomes: 4000, highlight: 1000 } as const;

const count = (max: number) => z.number().int().min(0).max(max);

/** Indicators as saved in a draft: every field may still be empty. */
export const ZReportIndicators = z.object({
  participants: z.object(Object.fromEntries(PARTICIPANT_GROUPS.map((group) => [group, count(INDICATOR_LIMITS.participants).nullable().optional()])) as Record<TParticipantGroup, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>).strict().optional(),
  eventsHeld: count(INDICATOR_LIMITS.events).nullable().optional(),
  volunteers: count(INDICATOR_LIMITS.volunteers).nullable().optional(),
  volunteerHours: count(INDICATOR_LIMITS.volunteerHours).nullable().optional(),
  outcomes: z.string().max(INDICATOR_LIMITS.outcomes).nullable().optional(),
  highlight: z.string().max(INDICATOR_LIMITS.highlight).nullable().optional(),
}).strict();
export type TReportIndicators = z.infer<typeof ZReportIndicators>;

/** The indicator fields one by one: each is a unit of the autosave merge (`indicators.<key>`). */
export const INDICATOR_KEYS = [...PARTICIPANT_GROUPS.map((group) => `participants.${group}` as const), 'eventsHeld', 'volunteers', 'volunteerHours', 'outcomes', 'highlight'] as const;
export type TIndicatorKey = (typeof INDICATOR_KEYS)[number];

export function indicatorOf(indicators: TReportIndicators, key: TIndicatorKey): number | string | null {
  if (key.startsWith('participants.')) return indicators.participants?.[key.slice('participants.'.length) as TParticipantGroup] ?? null;
  return (indicators as Record<string, number | string | null | undefined>)[key] ?? null;
}

export function withIndicator(indicators: TReportIndicators, key: TIndicatorKey, value: number | string | null): TReportIndicators {
  if (key.startsWith('participants.')) {
    const group = key.slice('participants.'.length);
    return { ...indicators, participants: { ...indicators.participants, [group]: value as number | null } };
  }
  return { ...indicators, [key]: value };
}

export function participantsTotalOf(indicators: TReportIndicators): number {
  return PARTICIPANT_GROUPS.reduce((sum, group) => sum + (indicators.participants?.[group] ?? 0), 0);
}

/** What a submission needs: every count given (0 is an answer), outcomes and a highlight written. */
export function missingIndicators(indicators: TReportIndicators): TIndicatorKey[] {
  return INDICATOR_KEYS.filter((key) => {
    const value = indicatorOf(indicators, key);
    return value === null || (typeof value === 'string' && value.trim() === '');
  });
}

/** A report form asks narrative questions: files and budget tables belong to the expenses every report has. */
export const REPORT_QUESTION_TYPES: readonly TQuestionType[] = QUESTION_TYPES.filter((type) => type !== 'file' && type !== 'budget_table');

// ---------------------------------------------------------------- parts and freezing

/** A part of a report the coordinator may reopen: one question, a whole section, the indicators or the expenses. */
export const ZReportPart = z.union([
  z.templateLiteral(['question:', ZQuestionId]),
  z.templateLiteral(['section:', ZQuestionId]),
  z.literal('indicators'),
  z.literal('expenses'),
]);
export type TReportPart = z.infer<typeof ZReportPart>;

export interface TReportEditable {
  /** Question ids that may change now. */
  questions: Set<string>;
  indicators: boolean;
  expenses: boolean;
}

/**
 * What the grantee may change: everything in a draft; after a change request only the
 * reopened parts (a reopened section opens its questions); nothing once submitted or approved.
 */
export function editablePartsOf(status: TReportStatus, reopened: readonly string[], form: Pick<TFormDefinition, 'sections'> | null): TReportEditable {
  const sections = form?.sections ?? [];
  if (status === 'draft') {
    return { questions: new Set(sections.flatMap((section) => section.questions.map((question) => question.id))), indicators: true, expenses: true };
  }
  if (status !== 'changes_requested') return { questions: new Set(), indicators: false, expenses: false };
  const open = new Set(reopened);
  const questions = new Set<string>();
  for (const section of sections) {
    for (const question of section.questions) {
      if (open.has(`section:${section.id}`) || open.has(`question:${question.id}`)) questions.add(question.id);
    }
  }
  return { questions, indicators: open.has('indicators'), expenses: open.has('expenses') };
}

// ---------------------------------------------------------------- schedule

export const REPORT_SCHEDULE_LIMITS = { interim: 12, offsetDays: 3650, finalOffsetDays: 365 } as const;

export const ZReportScheduleDefaults = z.object({
  /** Interim reports due this many days after a project's start, e.g. [90, 180]. */
  interimOffsetsDays: z
    .array(z.number().int().min(1).max(REPORT_SCHEDULE_LIMITS.offsetDays))
    .max(REPORT_SCHEDULE_LIMITS.interim)
    .refine((days) => new Set(days).size === days.length, { message: 'reports.schedule.duplicateOffset' }),
  /** The final report is due this many days after the project's end. */
  finalOffsetDays: z.number().int().min(0).max(REPORT_SCHEDULE_LIMITS.finalOffsetDays),
});
export type TReportScheduleDefaults = z.infer<typeof ZReportScheduleDefaults>;

/** The call's defaults as read and saved, with the call's version (optimistic concurrency). */
export const ZReportScheduleSettings = ZReportScheduleDefaults.extend({ version: ZVersionNumber });
export type TReportScheduleSettings = z.infer<typeof ZReportScheduleSettings>;

/** ISO date plus whole days ("2027-03-01" + 30 → "2027-03-31"): calendar arithmetic, no time zone involved. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetweenDates(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's calendar date in Riga at `instant`. */
export function rigaDateOf(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** A scheduled report's due date from its offset and the project's period; null while the date it counts from is unknown. */
export function scheduledDueDate(kind: TReportKind, offsetDays: number, project: { startDate: string | null; endDate: string | null }): string | null {
  const from = kind === 'interim' ? project.startDate : project.endDate;
  return from ? addDays(from, offsetDays) : null;
}

/** The reports a new project owes under the call's defaults: interim ones in order, then the final one. */
export function reportScheduleOf(defaults: TReportScheduleDefaults, project: { startDate: string | null; endDate: string | null }) {
  const interim = [...defaults.interimOffsetsDays].sort((a, b) => a - b).map((offsetDays) => ({ kind: 'interim' as const, offsetDays }));
  return [...interim, { kind: 'final' as const, offsetDays: defaults.finalOffsetDays }].map((report) => ({
    ...report,
    dueDate: scheduledDueDate(report.kind, report.offsetDays, project),
  }));
}

// ---------------------------------------------------------------- reminders

/**
 * The reminder rule that applies on `today` for a report due on `dueDate`: 14 and 3 days
 * before, on the day, and once a week while overdue (`overdue-1` a week after, …). Only the
 * latest rule whose day has come counts, so a report scheduled late gets one reminder, not a
 * burst of old ones. Null before the first reminder's day.
 */
export function reminderRuleOn(dueDate: string, today: string): string | null {
  const daysLeft = daysBetweenDates(today, dueDate);
  if (daysLeft > 14) return null;
  if (daysLeft > 3) return 'before-14';
  if (daysLeft > 0) return 'before-3';
  if (daysLeft > -7) return 'due';
  return `overdue-${Math.floor(-daysLeft / 7)}`;
}

// ---------------------------------------------------------------- API contract

const ZIsoDate = z.iso.date();
const ZReason = z.string().trim().min(1).max(2000);

export const ZReportSummary = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: ZReportKind,
  /** 1-based position among the project's reports of the same kind (interim report 2). */
  number: z.number().int(),
  dueDate: z.string().nullable(),
  status: ZReportStatus,
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type TReportSummary = z.infer<typeof ZReportSummary>;

export const ZReportSchedule = z.object({
  projectId: z.string(),
  /** The project's version (schedule edits bump it, like every project change). */
  version: z.number().int(),
  reports: z.array(ZReportSummary),
  viewer: z.enum(['staff', 'member']),
});
export type TReportSchedule = z.infer<typeof ZReportSchedule>;

export const ZAddReportRequest = z.object({ version: ZVersionNumber, kind: ZReportKind, dueDate: ZIsoDate, reason: ZReason });
export type TAddReportRequest = z.input<typeof ZAddReportRequest>;
export const ZMoveReportRequest = z.object({ version: ZVersionNumber, dueDate: ZIsoDate, reason: ZReason });
export type TMoveReportRequest = z.input<typeof ZMoveReportRequest>;
export const ZRemoveReportRequest = z.object({ version: ZVersionNumber, reason: ZReason });
export type TRemoveReportRequest = z.input<typeof ZRemoveReportRequest>;

export const ZReportDetail = ZReportSummary.extend({
  version: z.number().int(),
  agreementNumber: z.string(),
  organisationName: z.string(),
  callId: z.string(),
  formVersion: z.number().int().nullable(),
  /** The report form the answers belong to (null: the call has no report form). */
  form: ZFormDefinition.nullable(),
  answers: z.record(z.string(), z.unknown()),
  indicators: ZReportIndicators,
  fieldVersions: z.record(z.string(), z.number().int()),
  reopenedParts: z.array(z.string()),
  reviewComment: z.string().nullable(),
  /** What the caller may change now (empty for staff). */
  editable: z.object({ questions: z.array(z.string()), indicators: z.boolean(), expenses: z.boolean() }),
  allowedActions: z.array(ZReportAction),
  versions: z.array(z.object({ number: z.number().int(), submittedAt: z.string(), submittedByName: z.string().nullable() })),
  viewer: z.enum(['staff', 'member']),
});
export type TReportDetail = z.infer<typeof ZReportDetail>;

const ZIndicatorValue = z.union([z.number(), z.string(), z.null()]);
const ZIndicatorKey = z.enum(INDICATOR_KEYS);

/** An autosave: changed answers and indicators, each with the field version the editor last saw. */
export const ZUpdateReportRequest = z.object({
  answers: z.record(ZQuestionId, z.unknown()).default({}),
  indicators: z.partialRecord(ZIndicatorKey, ZIndicatorValue).default({}),
  baseFieldVersions: z.record(z.string().max(60), z.number().int().min(0).max(MAX_INT32)),
});
export type TUpdateReportRequest = z.input<typeof ZUpdateReportRequest>;

export const ZReportConflict = z.object({ field: z.string(), yours: z.unknown(), theirs: z.unknown(), theirsFieldVersion: z.number().int() });
export const ZUpdateReportResponse = z.object({ report: ZReportDetail, conflicts: z.array(ZReportConflict) });
export type TUpdateReportResponse = z.infer<typeof ZUpdateReportResponse>;

export const ZReportTransitionRequest = z
  .object({
    action: ZReportAction,
    version: ZVersionNumber,
    comment: z.string().trim().min(1).max(4000).optional(),
    parts: z.array(ZReportPart).max(300).optional(),
  })
  .superRefine((value, context) => {
    if (value.action !== 'requestChanges') return;
    if (!value.parts?.length) context.addIssue({ code: 'custom', path: ['parts'], message: 'reports.partsRequired' });
    if (!value.comment) context.addIssue({ code: 'custom', path: ['comment'], message: 'reports.commentRequired' });
  });
export type TReportTransitionRequest = z.input<typeof ZReportTransitionRequest>;

export const ZReportCompareQuery = z.object({
  from: z.coerce.number().int().min(1).max(MAX_INT32),
  to: z.coerce.number().int().min(1).max(MAX_INT32),
});

export const ZOverdueReportsQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(10),
});
export type TOverdueReportsQuery = z.input<typeof ZOverdueReportsQuery>;

export const ZOverdueReportItem = z.object({
  reportId: z.string(),
  projectId: z.string(),
  agreementNumber: z.string(),
  organisationName: z.string(),
  kind: ZReportKind,
  dueDate: z.string(),
  daysOverdue: z.number().int(),
  status: ZReportStatus,
});
export const ZOverdueReportsResponse = z.object({
  items: z.array(ZOverdueReportItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TOverdueReportsResponse = z.infer<typeof ZOverdueReportsResponse>;

/** Labels of the indicators, for the version comparison (the web shows its own translations). */
export const INDICATOR_LABELS: Record<TIndicatorKey, { lv: string; en: string }> = {
  'participants.teachers': { lv: 'Dalībnieki: skolotāji', en: 'Participants: teachers' },
  'participants.parents': { lv: 'Dalībnieki: vecāki', en: 'Participants: parents' },
  'participants.children_youth': { lv: 'Dalībnieki: bērni un jaunieši', en: 'Participants: children and youth' },
  'participants.seniors': { lv: 'Dalībnieki: seniori', en: 'Participants: seniors' },
  'participants.ngo_members': { lv: 'Dalībnieki: NVO biedri', en: 'Participants: NGO members' },
  'participants.municipality_staff': { lv: 'Dalībnieki: pašvaldības darbinieki', en: 'Participants: municipality staff' },
  'participants.other': { lv: 'Dalībnieki: citi', en: 'Participants: other' },
  eventsHeld: { lv: 'Notikušie pasākumi', en: 'Events held' },
  volunteers: { lv: 'Brīvprātīgie', en: 'Volunteers' },
  volunteerHours: { lv: 'Brīvprātīgo darba stundas', en: 'Volunteer hours' },
  outcomes: { lv: 'Rezultāti', en: 'Outcomes' },
  highlight: { lv: 'Izcelšanai publiski', en: 'Highlight for publication' },
};
