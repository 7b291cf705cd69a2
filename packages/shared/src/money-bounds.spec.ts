import { describe, expect, it } from 'vitest';
import { budgetLinesSchema, budgetWithinBounds, compareBudgetLines, lineTotalWithinBound, MAX_BUDGET_LINES, ZBudgetLine, type TBudgetLine } from './budget';
import { MAX_MONEY_CENTS } from './money-format';
import { formatCalendarDate, formatRigaDateTime } from './time-format';
import { instantToRigaLocal, rigaDaysBetween } from './time';

const line = (fields: Partial<TBudgetLine> = {}): TBudgetLine => ({
  category: 'materials',
  description: 'Stādi',
  quantity: 1,
  unitCostCents: 10_000,
  ownContributionCents: 0,
  ...fields,
});

describe('the largest amounts', () => {
  it('accepts a line total exactly at the largest amount and refuses a cent more, on the unit cost', () => {
    expect(lineTotalWithinBound({ quantity: 1_000, unitCostCents: MAX_MONEY_CENTS / 1_000 })).toBe(true);
    expect(lineTotalWithinBound({ quantity: 1_000.01, unitCostCents: MAX_MONEY_CENTS / 1_000 })).toBe(false);
    const refused = ZBudgetLine.safeParse(line({ quantity: 2_000, unitCostCents: MAX_MONEY_CENTS / 1_000 }));
    expect(refused.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)).toEqual(['unitCostCents budget.line.totalTooBig']);
  });

  it('bounds the whole budget and the own contribution, each exactly at the largest amount', () => {
    const half = { quantity: 1, unitCostCents: MAX_MONEY_CENTS / 2, ownContributionCents: 0 };
    expect(budgetWithinBounds([half, half])).toBe(true);
    expect(budgetWithinBounds([half, half, { quantity: 1, unitCostCents: 1, ownContributionCents: 0 }])).toBe(false);
    const own = { quantity: 1, unitCostCents: 0, ownContributionCents: MAX_MONEY_CENTS / 2 };
    expect(budgetWithinBounds([own, own])).toBe(true);
    expect(budgetWithinBounds([own, own, { quantity: 1, unitCostCents: 0, ownContributionCents: 1 }])).toBe(false);
    const tooBig = budgetLinesSchema(ZBudgetLine).safeParse([line({ unitCostCents: 100_000_000, quantity: 1_000 }), line({ unitCostCents: 100_000_000, quantity: 1 })]);
    expect(tooBig.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)).toEqual([' budget.total.tooBig']);
    expect(budgetLinesSchema(ZBudgetLine).safeParse(Array.from({ length: MAX_BUDGET_LINES + 1 }, () => line())).success).toBe(false);
  });
});

describe('comparing budget revisions', () => {
  it('pairs lines by category and description whatever their case and spaces', () => {
    const before = [line({ description: 'Stādi' })];
    const after = [line({ description: '  STĀDI ', quantity: 2 })];
    expect(compareBudgetLines(before, after).changes).toEqual([{ kind: 'changed', before: before[0], after: after[0] }]);
    expect(compareBudgetLines(before, [line({ description: 'Stādi' })]).changes).toEqual([]);
  });
});

describe('dates and times in Riga', () => {
  it('formats a Date and its ISO text alike, in each language', () => {
    const instant = '2027-03-01T08:30:00Z';
    expect(formatRigaDateTime(new Date(instant), 'en')).toBe(formatRigaDateTime(instant, 'en'));
    expect(formatRigaDateTime(instant, 'en')).toMatch(/^1 March 2027( at|,) 10:30$/);
    expect(formatRigaDateTime(instant)).toBe(formatRigaDateTime(instant, 'lv'));
    expect(formatRigaDateTime(instant, 'lv')).toMatch(/2027\. gada 1\. marts/);
    expect(formatCalendarDate('2027-03-01')).toBe(formatCalendarDate('2027-03-01', 'lv'));
    expect(formatCalendarDate('2027-03-01', 'lv')).not.toBe(formatCalendarDate('2027-03-01', 'en'));
  });

  it('reads a Date and its ISO text alike', () => {
    const instant = '2027-07-01T21:30:00Z';
    expect(instantToRigaLocal(new Date(instant))).toBe(instantToRigaLocal(instant));
    expect(instantToRigaLocal(instant)).toBe('2027-07-02T00:30');
    expect(rigaDaysBetween(new Date('2027-03-01T10:00:00Z'), new Date('2027-03-03T10:00:00Z'))).toBe(rigaDaysBetween('2027-03-01T10:00:00Z', '2027-03-03T10:00:00Z'));
  });
});
