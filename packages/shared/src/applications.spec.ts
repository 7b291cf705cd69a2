import { describe, expect, it } from 'vitest';
import { requestedCentsOf } from './applications';

describe('requestedCentsOf', () => {
  const form = {
    sections: [
      {
        id: 'main',
        title: { lv: 'a', en: 'a' },
        questions: [{ id: 'budget', type: 'budget_table' as const, label: { lv: 'b', en: 'b' }, required: true }],
      },
    ],
  };

  it('computes the requested amount from the budget answer in cents', () => {
    const lines = [
      { category: 'materials', description: 'Krāsa', quantity: 1.5, unitCostCents: 1_000, ownContributionCents: 150 },
      { category: 'venue', description: 'Zāle', quantity: 2, unitCostCents: 5_000, ownContributionCents: 0 },
    ];
    expect(requestedCentsOf(form, { budget: lines })).toBe(11_350);
  });

  it('is null without a (valid, non-empty) budget', () => {
    expect(requestedCentsOf(form, {})).toBeNull();
    expect(requestedCentsOf(form, { budget: [] })).toBeNull();
    expect(requestedCentsOf(form, { budget: 'nonsense' })).toBeNull();
  });
});
