import { describe, expect, it } from 'vitest';
import type { TProjectBudget } from '@kopa/shared';
import { spendingWith } from './budget-lines-table';

const line = (id: string, amountCents: number, spentCents: number) => ({
  id,
  position: 1,
  category: 'materials' as const,
  description: id,
  amountCents,
  originalCents: amountCents,
  spentCents,
  remainingCents: amountCents - spentCents,
  toleranceCents: 0,
  overByCents: 0,
  flagged: false,
});

const budget: Pick<TProjectBudget, 'lines' | 'tolerancePercent'> = { lines: [line('a', 89_000, 12_050), line('b', 10_000, 0)], tolerancePercent: 10 };

describe('live totals while an expense is typed', () => {
  it('counts the draft on its line before it is saved', () => {
    const spending = spendingWith(budget, [{ budgetLineId: 'a', amountCents: 85_850 }]);
    // 12 050 + 85 850 = 97 900 = 89 000 + 10 %: at the tolerance, not flagged.
    expect(spending.lines[0]).toMatchObject({ spentCents: 97_900, flagged: false, remainingCents: -8_900 });
    expect(spendingWith(budget, [{ budgetLineId: 'a', amountCents: 85_851 }]).flaggedLineIds).toEqual(['a']);
  });

  it('takes out the saved amount of an expense being corrected, also when it moves to another line', () => {
    const spending = spendingWith(budget, [
      { budgetLineId: 'a', amountCents: -12_050 },
      { budgetLineId: 'b', amountCents: 12_050 },
    ]);
    expect(spending.lines.map((entry) => [entry.spentCents, entry.flagged])).toEqual([
      [0, false],
      [12_050, true],
    ]);
    expect(spending.spentCents).toBe(12_050);
  });
});
