import { describe, expect, it } from 'vitest';
import { budgetLineTotalCents, budgetProblems, compareBudgetLines, computeBudget, ZBudgetLine, type TBudgetLine } from './budget';

const line = (quantity: number, unitCostCents: number, ownContributionCents = 0, extra: Partial<TBudgetLine> = {}): TBudgetLine => ({
  category: 'materials',
  description: 'Krāsa',
  quantity,
  unitCostCents,
  ownContributionCents,
  ...extra,
});
const limits = { minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 };

describe('budgetLineTotalCents', () => {
  it('multiplies without float error', () => {
    expect(budgetLineTotalCents(line(1.1, 1000))).toBe(1100);
    expect(budgetLineTotalCents(line(0.29, 100))).toBe(29);
    expect(budgetLineTotalCents(line(4.35, 10_000))).toBe(43_500);
    expect(budgetLineTotalCents(line(3, 3333))).toBe(9999);
  });

  it('rounds half a cent up', () => {
    expect(budgetLineTotalCents(line(0.5, 1))).toBe(1);
    expect(budgetLineTotalCents(line(0.49, 1))).toBe(0);
    expect(budgetLineTotalCents(line(1.5, 333))).toBe(500); // 499.5
    expect(budgetLineTotalCents(line(0.25, 2))).toBe(1); // 0.5
  });

  it('stays exact at the largest line the schema allows', () => {
    expect(budgetLineTotalCents(line(1_000_000, 100_000_000))).toBe(100_000_000_000_000);
    expect(budgetLineTotalCents(line(999_999.99, 99_999_999))).toBe(99_999_998_000_000);
  });
});

describe('computeBudget', () => {
  it('totals lines, own contribution and the requested amount', () => {
    const totals = computeBudget([line(2, 50_000, 10_000), line(1.5, 20_000, 5_000)]);
    expect(totals).toEqual({ totalCents: 130_000, ownContributionCents: 15_000, requestedCents: 115_000, ownContributionBasisPoints: 1153 });
  });

  it('handles an empty budget and never requests a negative amount', () => {
    expect(computeBudget([])).toEqual({ totalCents: 0, ownContributionCents: 0, requestedCents: 0, ownContributionBasisPoints: 0 });
    expect(computeBudget([line(1, 100, 500)]).requestedCents).toBe(0);
  });

  it('rounds the own-contribution share down, so 9.999 % is not 10 %', () => {
    expect(computeBudget([line(1, 100_000, 9_999)]).ownContributionBasisPoints).toBe(999);
    expect(computeBudget([line(1, 100_000, 10_000)]).ownContributionBasisPoints).toBe(1000);
  });
});

describe('budgetProblems', () => {
  it('accepts a budget inside the limits, including exactly at them', () => {
    expect(budgetProblems([line(1, 55_556, 5_556)], limits)).toEqual([]); // requested 500.00, 10.0006 %
    expect(budgetProblems([line(1, 333_334, 33_334)], limits)).toEqual([]); // requested 3000.00
  });

  it('names each problem once', () => {
    expect(budgetProblems([line(1, 10_000, 1_000)], limits)).toEqual(['budget.requested.belowMin']);
    expect(budgetProblems([line(1, 400_000, 40_000)], limits)).toEqual(['budget.requested.aboveMax']);
    expect(budgetProblems([line(1, 100_000, 5_000)], limits)).toEqual(['budget.ownContribution.tooLow']);
    expect(budgetProblems([line(1, 100, 200), line(1, 100, 200), line(1, 100_000, 0)], limits)).toEqual([
      'budget.line.contributionAboveTotal',
      'budget.ownContribution.tooLow',
    ]);
  });

  it('needs no own contribution when the call asks none', () => {
    expect(budgetProblems([line(1, 100_000)], { ...limits, ownContributionPercent: 0 })).toEqual([]);
  });
});

describe('ZBudgetLine', () => {
  it('accepts two decimals of quantity and integer cents', () => {
    for (const quantity of [1, 1.5, 0.01, 0.29, 4.35, 1.13, 999_999.99]) {
      expect(ZBudgetLine.safeParse(line(quantity, 100)).success).toBe(true);
    }
  });

  it('refuses what a budget line cannot be', () => {
    for (const bad of [line(0, 100), line(-1, 100), line(1.234, 100), line(1, 10.5), line(1, -1), line(1, 100, -1), line(1, 100, 0, { description: '  ' })]) {
      expect(ZBudgetLine.safeParse(bad).success).toBe(false);
    }
    expect(ZBudgetLine.safeParse({ ...line(1, 1), category: 'food' }).success).toBe(false);
  });
});

describe('compareBudgetLines', () => {
  const line = (description: string, unitCostCents: number, extra: Partial<TBudgetLine> = {}): TBudgetLine => ({
    category: 'materials',
    description,
    quantity: 1,
    unitCostCents,
    ownContributionCents: 0,
    ...extra,
  });

  it('lists added, removed and changed lines and leaves out the unchanged, with both totals', () => {
    const result = compareBudgetLines(
      [line('Krāsa', 10_000), line('Otas', 2_000), line('Telpa', 50_000, { category: 'venue' })],
      [line('Krāsa', 12_000), line('Telpa', 50_000, { category: 'venue' }), line('Stādi', 7_500)],
    );
    expect(result.changes).toEqual([
      { kind: 'changed', before: line('Krāsa', 10_000), after: line('Krāsa', 12_000) },
      { kind: 'added', after: line('Stādi', 7_500) },
      { kind: 'removed', before: line('Otas', 2_000) },
    ]);
    expect(result.before.totalCents).toBe(62_000);
    expect(result.after.totalCents).toBe(69_500);
  });

  it('pairs by category as well as description, and duplicates one by one', () => {
    const moved = compareBudgetLines([line('Transports', 100)], [line('Transports', 100, { category: 'travel' })]);
    expect(moved.changes.map((change) => change.kind)).toEqual(['added', 'removed']);
    const twice = compareBudgetLines([line('Krēsls', 100), line('Krēsls', 100)], [line('Krēsls', 100)]);
    expect(twice.changes).toEqual([{ kind: 'removed', before: line('Krēsls', 100) }]);
    expect(compareBudgetLines([line('A', 1, { quantity: 2 })], [line('A', 1, { quantity: 2.5 })]).changes[0]!.kind).toBe('changed');
    expect(compareBudgetLines([line('A', 1)], [line('A', 1, { ownContributionCents: 1 })]).changes[0]!.kind).toBe('changed');
    expect(compareBudgetLines([], []).changes).toEqual([]);
  });
});
