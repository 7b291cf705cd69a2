import { z } from 'zod';
import { ZBudgetCategory } from './forms';
import { MAX_MONEY_CENTS } from './money-format';

/** Most lines one budget table may have. */
export const MAX_BUDGET_LINES = 200;

/** The fields of a budget line; quantity may have two decimals (e.g. 1.5 days). */
export const ZBudgetLineFields = z.object({
  category: ZBudgetCategory,
  description: z.string().trim().min(1).max(500),
  quantity: z.number().positive().max(1_000_000).multipleOf(0.01),
  unitCostCents: z.number().int().min(0).max(100_000_000),
  ownContributionCents: z.number().int().min(0).max(MAX_MONEY_CENTS),
});

/** A line's total (quantity × unit cost) may not pass the largest amount Kopa handles. */
export function lineTotalWithinBound(line: Pick<TBudgetLine, 'quantity' | 'unitCostCents'>): boolean {
  return budgetLineTotalCents(line) <= MAX_MONEY_CENTS;
}
const LINE_TOO_BIG = { message: 'budget.line.totalTooBig', path: ['unitCostCents'] };

/** One line of an application budget. */
export const ZBudgetLine = ZBudgetLineFields.refine(lineTotalWithinBound, LINE_TOO_BIG);
export type TBudgetLine = z.infer<typeof ZBudgetLineFields>;

/**
 * A budget table: bounded in lines and in its totals, so that every sum stays an exact
 * integer far below 2^53 and no single application can break a page that lists it.
 */
export function budgetLinesSchema<T extends z.ZodType<Pick<TBudgetLine, 'quantity' | 'unitCostCents' | 'ownContributionCents'>>>(line: T) {
  return z
    .array(line)
    .max(MAX_BUDGET_LINES)
    .refine((lines) => budgetWithinBounds(lines), { message: 'budget.total.tooBig' });
}

/** Whether the totals of the lines stay within MAX_MONEY_CENTS (summed exactly, in BigInt). */
export function budgetWithinBounds(lines: readonly Pick<TBudgetLine, 'quantity' | 'unitCostCents' | 'ownContributionCents'>[]): boolean {
  let total = 0n;
  let own = 0n;
  for (const line of lines) {
    total += BigInt(budgetLineTotalCents(line));
    own += BigInt(line.ownContributionCents);
  }
  return total <= BigInt(MAX_MONEY_CENTS) && own <= BigInt(MAX_MONEY_CENTS);
}

export { LINE_TOO_BIG as BUDGET_LINE_TOO_BIG };

export interface TBudgetTotals {
  totalCents: number;
  ownContributionCents: number;
  requestedCents: number;
  /** Own contribution as a share of the total, in basis points (1 % = 100), rounded down. */
  ownContributionBasisPoints: number;
}

/** Line total in cents: quantity × unit cost, rounded half up to a whole cent. */
export function budgetLineTotalCents(line: Pick<TBudgetLine, 'quantity' | 'unitCostCents'>): number {
  // Quantity has at most two decimals: work in hundredths so no float error creeps in.
  // BigInt: 1,000,000 × €1,000,000 in hundredths of cents is past Number's exact integers.
  const hundredths = BigInt(Math.round(line.quantity * 100));
  return Number((hundredths * BigInt(line.unitCostCents) + 50n) / 100n);
}

export function computeBudget(lines: readonly Pick<TBudgetLine, 'quantity' | 'unitCostCents' | 'ownContributionCents'>[]): TBudgetTotals {
  const totalCents = lines.reduce((sum, line) => sum + budgetLineTotalCents(line), 0);
  const ownContributionCents = lines.reduce((sum, line) => sum + line.ownContributionCents, 0);
  const requestedCents = Math.max(0, totalCents - ownContributionCents);
  const ownContributionBasisPoints = totalCents === 0 ? 0 : Math.floor((ownContributionCents * 10_000) / totalCents);
  return { totalCents, ownContributionCents, requestedCents, ownContributionBasisPoints };
}

export interface TBudgetLimits {
  minAwardCents: number;
  maxAwardCents: number;
  ownContributionPercent: number;
}

/** Problems of a complete budget against the call's rules, as translation keys. */
export function budgetProblems(lines: readonly TBudgetLine[], limits: TBudgetLimits): string[] {
  const problems: string[] = [];
  const totals = computeBudget(lines);
  lines.forEach((line) => {
    if (line.ownContributionCents > budgetLineTotalCents(line)) problems.push('budget.line.contributionAboveTotal');
  });
  if (totals.requestedCents < limits.minAwardCents) problems.push('budget.requested.belowMin');
  if (totals.requestedCents > limits.maxAwardCents) problems.push('budget.requested.aboveMax');
  if (totals.ownContributionBasisPoints < limits.ownContributionPercent * 100) problems.push('budget.ownContribution.tooLow');
  return [...new Set(problems)];
}

export type TBudgetLineChange =
  | { kind: 'added'; after: TBudgetLine }
  | { kind: 'removed'; before: TBudgetLine }
  | { kind: 'changed'; before: TBudgetLine; after: TBudgetLine };

/**
 * What changed between two budgets, line by line: lines are paired by category and
 * description (in order, so two identical descriptions pair up one by one); a pair that
 * differs in quantity, unit cost or own contribution is "changed", an unpaired line is
 * "added" or "removed". Unchanged lines are left out. Totals of both sides come with it.
 */
export function compareBudgetLines(
  before: readonly TBudgetLine[],
  after: readonly TBudgetLine[],
): { changes: TBudgetLineChange[]; before: TBudgetTotals; after: TBudgetTotals } {
  const keyOf = (line: TBudgetLine) => `${line.category}\u0000${line.description.trim().toLowerCase()}`;
  const unpaired = new Map<string, TBudgetLine[]>();
  for (const line of before) unpaired.set(keyOf(line), [...(unpaired.get(keyOf(line)) ?? []), line]);
  const changes: TBudgetLineChange[] = [];
  for (const line of after) {
    const earlier = unpaired.get(keyOf(line))?.shift();
    if (!earlier) changes.push({ kind: 'added', after: line });
    else if (earlier.quantity !== line.quantity || earlier.unitCostCents !== line.unitCostCents || earlier.ownContributionCents !== line.ownContributionCents) {
      changes.push({ kind: 'changed', before: earlier, after: line });
    }
  }
  for (const lines of unpaired.values()) for (const line of lines) changes.push({ kind: 'removed', before: line });
  return { changes, before: computeBudget(before), after: computeBudget(after) };
}
