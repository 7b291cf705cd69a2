import { Inject, Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { allQuestions, formatEuroCents, indicatorOf, INDICATOR_KEYS, INDICATOR_LABELS, ZReportIndicators, type TRevisionCompareResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { ExpenseSnapshot } from './project-reports.mapper';
import { ProjectReportsRepository } from './project-reports.repository';
import { ReportGate } from './report-gate';
import { ReportsService } from './reports.service';

/** Two submitted versions of a report side by side, in the same shape as application revisions. */
@Injectable()
export class ReportVersionsService {
  constructor(
    @Inject(ProjectReportsRepository) private readonly reports: ProjectReportsRepository,
    @Inject(ReportGate) private readonly gate: ReportGate,
    @Inject(ReportsService) private readonly service: ReportsService,
  ) {}

  async compare(principal: Principal, reportId: string, from: number, to: number): Promise<TRevisionCompareResponse> {
    const { report } = await this.gate.load(principal, reportId);
    const versions = await this.reports.findVersions(reportId, [from, to]);
    const before = versions.find((version) => version.number === from);
    const after = versions.find((version) => version.number === to);
    if (!before || !after) throw Problems.notFound('No such version of the report.');
    // Labels and order from the later version's form.
    const form = await this.service.formOf({ formVersion: after.formVersion, project: report.project });
    const was = { answers: (before.answers ?? {}) as Record<string, unknown>, indicators: ZReportIndicators.catch({}).parse(before.indicators ?? {}) };
    const is = { answers: (after.answers ?? {}) as Record<string, unknown>, indicators: ZReportIndicators.catch({}).parse(after.indicators ?? {}) };
    const item = (questionId: string, label: { lv: string; en: string }, beforeValue: unknown, afterValue: unknown) => ({
      questionId,
      label,
      before: beforeValue ?? null,
      after: afterValue ?? null,
      changed: !isDeepStrictEqual(beforeValue ?? null, afterValue ?? null),
    });
    return {
      from,
      to,
      items: [
        ...(form ? allQuestions(form.definition) : []).map((question) => item(question.id, question.label, was.answers[question.id], is.answers[question.id])),
        ...INDICATOR_KEYS.map((key) => item(`indicators.${key}`, INDICATOR_LABELS[key], indicatorOf(was.indicators, key), indicatorOf(is.indicators, key))),
        ...expenseItems(expensesOf(before.expenses), expensesOf(after.expenses)).map((entry) => item(entry.id, entry.label, entry.before, entry.after)),
      ],
    };
  }
}

function expensesOf(value: unknown): ExpenseSnapshot[] {
  return Array.isArray(value) ? (value as ExpenseSnapshot[]) : [];
}

/** Each expense either version declared, in the later version's order, then those removed since; one line of text per side. */
function expenseItems(before: ExpenseSnapshot[], after: ExpenseSnapshot[]) {
  const was = new Map(before.map((expense) => [expense.id, expense]));
  const is = new Map(after.map((expense) => [expense.id, expense]));
  const ids = [...after.map((expense) => expense.id), ...before.map((expense) => expense.id).filter((id) => !is.has(id))];
  return ids.map((id) => {
    const shown = (is.get(id) ?? was.get(id))!;
    return {
      id: `expenses.${id}`,
      label: { lv: `Izmaksas: ${shown.description}`, en: `Expense: ${shown.description}` },
      before: was.has(id) ? expenseText(was.get(id)!) : null,
      after: is.has(id) ? expenseText(is.get(id)!) : null,
    };
  });
}

function expenseText(expense: ExpenseSnapshot): string {
  return [expense.spentOn, expense.line, formatEuroCents(expense.amountCents), ...(expense.receipts.length > 0 ? [expense.receipts.join(', ')] : [])].join(' · ');
}
