import { ZSaveTranchesRequest, isCountedTranche, parseEuroToCents, type TProjectDetail, type TSaveTranchesRequest, type TTrancheCondition } from '@kopa/shared';

/** One planned tranche as typed: the amount as the person wrote it ("1 250,50"), the date as the date input gives it. */
export interface PlanRow {
  amount: string;
  dueDate: string;
  condition: TTrancheCondition;
  /** The report a `report_approved` tranche waits for ('' until chosen). */
  reportId: string;
}

export interface PlanCheck {
  /** The request to send, when nothing is wrong. */
  body: TSaveTranchesRequest | null;
  /** Translation keys by field: `rows.<index>.amount`, `total`. */
  errors: Record<string, string>;
  plannedCents: number;
  /** What the tranches past "planned" (not cancelled) already take of the award. */
  fixedCents: number;
  /** Of the award, what no tranche takes yet (negative: planned too much). */
  unallocatedCents: number;
}

export function planRowsOf(project: TProjectDetail, locale: string, toInput: (cents: number, locale: string) => string): PlanRow[] {
  return project.tranches
    .filter((tranche) => tranche.status === 'planned')
    .map((tranche) => ({ amount: toInput(tranche.amountCents, locale), dueDate: tranche.dueDate ?? '', condition: tranche.condition, reportId: tranche.reportId ?? '' }));
}

/**
 * Converts what the coordinator typed and checks it as the API will: whole cents above zero,
 * at most 12 tranches, and all tranches together (the ones already due or paid included)
 * never above the award.
 */
export function checkPlan(project: TProjectDetail, rows: PlanRow[]): PlanCheck {
  const errors: Record<string, string> = {};
  const cents = rows.map((row, index) => {
    const value = parseEuroToCents(row.amount);
    if (value === null) errors[`rows.${index}.amount`] = 'projects.plan.amountInvalid';
    else if (value < 1) errors[`rows.${index}.amount`] = 'projects.plan.amountPositive';
    return value ?? 0;
  });
  const fixedCents = project.tranches
    .filter((tranche) => tranche.status !== 'planned' && isCountedTranche(tranche.status))
    .reduce((sum, tranche) => sum + tranche.amountCents, 0);
  const plannedCents = cents.reduce((sum, value) => sum + value, 0);
  const unallocatedCents = project.awardedCents - fixedCents - plannedCents;
  if (unallocatedCents < 0) errors.total = 'projects.plan.overAward';
  const parsed = ZSaveTranchesRequest.safeParse({
    version: project.version,
    planned: rows.map((row, index) => ({
      amountCents: cents[index],
      dueDate: row.dueDate || null,
      condition: row.condition,
      reportId: row.condition === 'report_approved' ? row.reportId || null : null,
    })),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [, index, field] = issue.path;
      if (typeof index === 'number' && field === 'dueDate') errors[`rows.${index}.dueDate`] = 'projects.plan.dateInvalid';
      else if (typeof index === 'number' && field === 'reportId') errors[`rows.${index}.reportId`] = 'projects.plan.reportRequired';
      else if (issue.path.length === 1) errors.total = 'projects.plan.tooMany';
    }
  }
  return { body: Object.keys(errors).length === 0 && parsed.success ? parsed.data : null, errors, plannedCents, fixedCents, unallocatedCents };
}
