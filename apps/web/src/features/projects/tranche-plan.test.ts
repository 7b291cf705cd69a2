import { describe, expect, it } from 'vitest';
import type { TProjectDetail } from '@kopa/shared';
import { checkPlan } from './tranche-plan';

const project = {
  version: 4,
  awardedCents: 250_000,
  tranches: [
    { status: 'paid', amountCents: 200_000 },
    { status: 'cancelled', amountCents: 10_000 },
    { status: 'planned', amountCents: 50_000 },
  ],
} as unknown as TProjectDetail;

describe('checkPlan', () => {
  it('turns typed euro into whole cents and sends the plan when it fits the award', () => {
    const check = checkPlan(project, [
      { amount: '300,50', dueDate: '2027-06-01', condition: 'none', reportId: '' },
      { amount: '199.50', dueDate: '', condition: 'final_report_approved', reportId: '' },
    ]);
    expect(check.errors).toEqual({});
    expect(check.body).toEqual({
      version: 4,
      planned: [
        { amountCents: 30_050, dueDate: '2027-06-01', condition: 'none', reportId: null },
        { amountCents: 19_950, dueDate: null, condition: 'final_report_approved', reportId: null },
      ],
    });
    expect([check.fixedCents, check.plannedCents, check.unallocatedCents]).toEqual([200_000, 50_000, 0]);
  });

  it('refuses more than the award (the paid tranche counts, the cancelled one does not)', () => {
    const check = checkPlan(project, [{ amount: '500,01', dueDate: '', condition: 'none', reportId: '' }]);
    expect([check.body, check.errors.total, check.unallocatedCents]).toEqual([null, 'projects.plan.overAward', -1]);
  });

  it('names the field of an amount that is not whole cents or not above zero', () => {
    const check = checkPlan(project, [
      { amount: '10,005', dueDate: '', condition: 'none', reportId: '' },
      { amount: '0', dueDate: '', condition: 'none', reportId: '' },
    ]);
    expect(check.errors).toEqual({ 'rows.0.amount': 'projects.plan.amountInvalid', 'rows.1.amount': 'projects.plan.amountPositive' });
  });

  it('a tranche waiting for a report names the report, or the picker says so', () => {
    const reportId = '4b0f6a3e-2d7c-4f8e-9a1b-0c2d3e4f5a6b';
    const missing = checkPlan(project, [{ amount: '100', dueDate: '', condition: 'report_approved', reportId: '' }]);
    expect([missing.body, missing.errors['rows.0.reportId']]).toEqual([null, 'projects.plan.reportRequired']);
    const chosen = checkPlan(project, [{ amount: '100', dueDate: '', condition: 'report_approved', reportId }]);
    expect(chosen.body?.planned).toEqual([{ amountCents: 10_000, dueDate: null, condition: 'report_approved', reportId }]);
  });
});
