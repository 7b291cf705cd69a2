import { describe, expect, it } from 'vitest';
import {
  BUDGET_CHANGE_TRANSITIONS,
  budgetChangeActionsFor,
  budgetChangeTotalDelta,
  budgetOfRecordFrom,
  budgetSpending,
  ZCreateBudgetChangeRequest,
} from './project-budgets';

const line = (id: string, amountCents: number) => ({ id, amountCents });
const spend = (budgetLineId: string, amountCents: number) => ({ budgetLineId, amountCents });

describe('budgetSpending (overspend arithmetic in integer cents)', () => {
  it('sums spending per line and in all', () => {
    const result = budgetSpending([line('a', 10_000), line('b', 5_000)], [spend('a', 2_500), spend('a', 1_000), spend('b', 5_000)], 10);
    expect(result.lines.map((entry) => [entry.spentCents, entry.remainingCents])).toEqual([
      [3_500, 6_500],
      [5_000, 0],
    ]);
    expect([result.budgetCents, result.spentCents, result.remainingCents]).toEqual([15_000, 8_500, 6_500]);
    expect(result.flaggedLineIds).toEqual([]);
  });

  it('does not flag spending exactly at the tolerance, and flags one cent above it', () => {
    expect(budgetSpending([line('a', 100_000)], [spend('a', 110_000)], 10).lines[0]).toMatchObject({ flagged: false, overByCents: 10_000, toleranceCents: 10_000, remainingCents: -10_000 });
    expect(budgetSpending([line('a', 100_000)], [spend('a', 110_001)], 10).lines[0]).toMatchObject({ flagged: true, overByCents: 10_001 });
  });

  it('compares exactly when the tolerance is not a whole number of cents', () => {
    // 10 % of 10.05 € is 1.005 €: 11.05 € is within it, 11.06 € is not.
    expect(budgetSpending([line('a', 1_005)], [spend('a', 1_105)], 10).lines[0]).toMatchObject({ flagged: false, toleranceCents: 100 });
    expect(budgetSpending([line('a', 1_005)], [spend('a', 1_106)], 10).lines[0]!.flagged).toBe(true);
  });

  it('flags any spending on a zero-amount line, and nothing when it has none', () => {
    expect(budgetSpending([line('a', 0)], [spend('a', 1)], 100).lines[0]).toMatchObject({ flagged: true, overByCents: 1 });
    expect(budgetSpending([line('a', 0)], [], 10).lines[0]).toMatchObject({ flagged: false, spentCents: 0, remainingCents: 0 });
  });

  it('with tolerance 0 flags one cent above the line, not the line itself', () => {
    expect(budgetSpending([line('a', 5_000)], [spend('a', 5_000)], 0).lines[0]!.flagged).toBe(false);
    expect(budgetSpending([line('a', 5_000)], [spend('a', 5_001)], 0).flaggedLineIds).toEqual(['a']);
  });

  it('takes tolerance 100 as double the line', () => {
    expect(budgetSpending([line('a', 5_000)], [spend('a', 10_000)], 100).lines[0]!.flagged).toBe(false);
    expect(budgetSpending([line('a', 5_000)], [spend('a', 10_001)], 100).lines[0]!.flagged).toBe(true);
  });

  it('stays exact for the largest amounts and ignores expenses of unknown lines', () => {
    const big = 100_000_000_000;
    const result = budgetSpending([line('a', big)], [spend('a', big), spend('a', big / 10), spend('a', 1), spend('x', 7)], 10);
    expect(result.lines[0]).toMatchObject({ spentCents: big + big / 10 + 1, flagged: true });
    expect(result.spentCents).toBe(big + big / 10 + 1);
  });
});

describe('budgetOfRecordFrom', () => {
  const app = (description: string, quantity: number, unitCostCents: number, ownContributionCents = 0) => ({ category: 'materials' as const, description, quantity, unitCostCents, ownContributionCents });

  it('takes the grant’s share of each line when the award covers the request', () => {
    expect(budgetOfRecordFrom([app('Krāsas', 2, 1_500, 500), app('Telpa', 1.5, 1_001)], 5_000)).toEqual([
      { category: 'materials', description: 'Krāsas', amountCents: 2_500 },
      { category: 'materials', description: 'Telpa', amountCents: 1_502 },
    ]);
  });

  it('cuts lines in proportion to a partial award, adding up to it exactly', () => {
    const lines = budgetOfRecordFrom([app('a', 1, 1_000), app('b', 1, 1_000), app('c', 1, 1_000)], 1_000);
    expect(lines.map((entry) => entry.amountCents)).toEqual([334, 333, 333]);
    const uneven = budgetOfRecordFrom([app('a', 1, 700), app('b', 1, 200), app('c', 1, 100)], 555);
    expect(uneven.reduce((sum, entry) => sum + entry.amountCents, 0)).toBe(555);
    expect(uneven.map((entry) => entry.amountCents)).toEqual([389, 111, 55]);
  });

  it('keeps a line fully paid by own contribution at zero', () => {
    expect(budgetOfRecordFrom([app('a', 1, 1_000, 1_000), app('b', 1, 500)], 500).map((entry) => entry.amountCents)).toEqual([0, 500]);
  });
});

describe('budget change requests', () => {
  it('is a workflow table: coordinators decide, grantees withdraw, only pending ones move', () => {
    expect(budgetChangeActionsFor('pending', 'staff')).toEqual(['approve', 'reject']);
    expect(budgetChangeActionsFor('pending', 'member')).toEqual(['withdraw']);
    expect(budgetChangeActionsFor('approved', 'staff')).toEqual([]);
    expect(BUDGET_CHANGE_TRANSITIONS.reject.needsComment).toBe(true);
  });

  it('knows whether a request only moves money between lines', () => {
    expect(budgetChangeTotalDelta([{ fromCents: 1_000, toCents: 500 }, { fromCents: 0, toCents: 500 }])).toBe(0);
    expect(budgetChangeTotalDelta([{ fromCents: 1_000, toCents: 1_200 }])).toBe(200);
  });

  it('refuses a request that names a line twice or changes nothing', () => {
    const lineId = '8a1f4a7c-1b2c-4d5e-8f90-123456789abc';
    expect(ZCreateBudgetChangeRequest.safeParse({ reason: 'x', items: [{ lineId, fromCents: 1, toCents: 1 }] }).success).toBe(false);
    expect(ZCreateBudgetChangeRequest.safeParse({ reason: 'x', items: [{ lineId, fromCents: 1, toCents: 2 }, { lineId, fromCents: 1, toCents: 0 }] }).success).toBe(false);
    expect(ZCreateBudgetChangeRequest.safeParse({ reason: 'x', items: [{ lineId, fromCents: 1, toCents: 2 }] }).success).toBe(true);
  });
});
