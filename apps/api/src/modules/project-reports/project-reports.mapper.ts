import {
  editablePartsOf,
  isReportOutstanding,
  reportActionsFor,
  ZReportIndicators,
  type TFormDefinition,
  type TReportDetail,
  type TReportKind,
  type TReportStatus,
  type TReportSummary,
} from '@kopa/shared';
import { isoDateOf, type ProjectViewer } from '../projects';
import type { ReportRow } from './project-reports.repository';

interface SummaryRow {
  id: string;
  projectId: string;
  kind: TReportKind;
  dueDate: Date | null;
  status: TReportStatus;
  submittedAt: Date | null;
  approvedAt: Date | null;
}

/** Reports of one project in schedule order, numbered per kind ("interim report 2"). */
export function toReportSummaries(rows: SummaryRow[], today: string): TReportSummary[] {
  const counters = { interim: 0, final: 0 };
  return rows.map((row) => toReportSummary(row, (counters[row.kind] += 1), today));
}

export function toReportSummary(row: SummaryRow, number: number, today: string): TReportSummary {
  const dueDate = isoDateOf(row.dueDate);
  return {
    id: row.id,
    projectId: row.projectId,
    kind: row.kind,
    number,
    dueDate,
    status: row.status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    overdue: dueDate !== null && dueDate < today && isReportOutstanding(row.status),
  };
}

export function toReportDetail(
  report: ReportRow,
  context: { viewer: ProjectViewer; number: number; today: string; form: { version: number; definition: TFormDefinition } | null; names: Map<string, string> },
): TReportDetail {
  const member = context.viewer === 'member';
  const editable = member ? editablePartsOf(report.status, report.reopenedParts, context.form?.definition ?? null) : null;
  return {
    ...toReportSummary(report, context.number, context.today),
    version: report.version,
    agreementNumber: report.project.agreementNumber,
    organisationName: report.project.organisation.legalName,
    callId: report.project.callId,
    formVersion: report.formVersion ?? context.form?.version ?? null,
    form: context.form?.definition ?? null,
    answers: (report.answers ?? {}) as Record<string, unknown>,
    indicators: ZReportIndicators.catch({}).parse(report.indicators ?? {}),
    fieldVersions: (report.fieldVersions ?? {}) as Record<string, number>,
    reopenedParts: report.reopenedParts,
    reviewComment: report.reviewComment,
    editable: { questions: editable ? [...editable.questions] : [], indicators: editable?.indicators ?? false, expenses: editable?.expenses ?? false },
    allowedActions: isLiveProject(report.project.status) ? reportActionsFor(report.status, member ? 'grantee' : 'staff') : [],
    versions: report.versions.map((version) => ({
      number: version.number,
      submittedAt: version.submittedAt.toISOString(),
      submittedByName: version.submittedById ? (context.names.get(version.submittedById) ?? null) : null,
    })),
    viewer: context.viewer,
  };
}

/** Reports of closed, terminated or suspended projects take no more steps. */
export function isLiveProject(status: string): boolean {
  return status === 'agreement_pending' || status === 'active' || status === 'final_report_due';
}

/** One expense as a submitted version keeps it: enough to compare versions without the live rows. */
export type ExpenseSnapshot = {
  id: string;
  line: string;
  spentOn: string;
  description: string;
  amountCents: number;
  receipts: string[];
};

export function toExpenseSnapshot(row: {
  id: string;
  spentOn: Date;
  description: string;
  amountCents: bigint;
  budgetLine: { description: string };
  receipts: { fileName: string }[];
}): ExpenseSnapshot {
  return {
    id: row.id,
    line: row.budgetLine.description,
    spentOn: isoDateOf(row.spentOn)!,
    description: row.description,
    amountCents: Number(row.amountCents),
    receipts: row.receipts.map((receipt) => receipt.fileName),
  };
}
