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
      { amount: '300,50', dueDate: '2027-06-01', condition: 'none' },
      { amount: '199.50', dueDate: '', condition: 'final_report_approved' },
    ]);
    expect(check.errors).toEqual({});
    expect(check.body).toEqual({
      version: 4,
      planned: [
        { amountCents: 30_050, dueDate: '2027-06-01', condition: 'none' },
        { amountCents: 19_950, dueDate: null, condition: 'final_report_approved' },
      ],
    });
    expect([check.fixedCents, check.plannedCents, check.unallocatedCents]).toEqual([200_000, 50_000, 0]);
  });

  it('refuses more than the award (the paid tranche counts, the cancelled one does not)', () => {
    const check = checkPlan(project, [{ amount: '500,01', dueDate: '', condition: 'none' }]);
    expect([check.body, check.errors.total, check.unallocatedCents]).toEqual([null, 'projects.plan.overAward', -1]);
  });

  it('names the field of an amount that is not whole cents or not above zero', () => {
    const check = checkPlan(project, [
      { amount: '10,005', dueDate: '', condition: 'none' },
      { amount: '0', dueDate: '', condition: 'none' },
    ]);
    expect(check.errors).toEqual({ 'rows.0.amount': 'projects.plan.amountInvalid', 'rows.1.amount': 'projects.plan.amountPositive' });
  });
});
