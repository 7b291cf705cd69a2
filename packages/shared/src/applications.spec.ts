import { describe, expect, it } from 'vitest';
import { requestedCentsOf, ZApplicationStatus } from './applications';
import { allowedApplicationActions, APPLICATION_TRANSITIONS } from './application-workflow';

describe('application workflow table', () => {
  it('lets members edit and submit only open drafts and clarifications, and withdraw until a decision', () => {
    expect(allowedApplicationActions('draft', 'member', true)).toEqual(['edit', 'submit', 'withdraw']);
    expect(allowedApplicationActions('draft', 'member', false)).toEqual(['withdraw']);
    expect(allowedApplicationActions('clarification_requested', 'member', true)).toEqual(['edit', 'submit', 'withdraw']);
    expect(allowedApplicationActions('submitted', 'member', false)).toEqual(['withdraw']);
    expect(allowedApplicationActions('withdrawn', 'member', true)).toEqual([]);
    expect(allowedApplicationActions('eligible', 'member', true)).toEqual([]);
  });

  it('lets staff request clarification of submitted applications only', () => {
    expect(allowedApplicationActions('submitted', 'staff', false)).toEqual(['requestClarification', 'markEligible', 'markIneligible']);
    expect(allowedApplicationActions('draft', 'staff', true)).toEqual([]);
  });

  it('only names real statuses', () => {
    for (const rule of Object.values(APPLICATION_TRANSITIONS)) {
      for (const status of [...rule.from, ...(rule.to ? [rule.to] : [])]) expect(ZApplicationStatus.parse(status)).toBe(status);
    }
  });
});

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
