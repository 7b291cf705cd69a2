import { projectTimelineKindOf } from '@kopa/shared';
import { timelineDetailsOf } from './project-timeline.service';

describe('project timeline entries', () => {
  it('sorts actions into kinds by prefix, leaving downloads and unknown actions out', () => {
    expect(projectTimelineKindOf('project.agreement.issued')).toBe('agreement');
    expect(projectTimelineKindOf('project.agreement.signed_copy_uploaded')).toBe('agreement');
    expect(projectTimelineKindOf('project.agreement.downloaded')).toBeNull();
    expect(projectTimelineKindOf('project.tranches.plan')).toBe('payment');
    expect(projectTimelineKindOf('project.tranche.pay')).toBe('payment');
    expect(projectTimelineKindOf('project.suspend')).toBe('status');
    expect(projectTimelineKindOf('application.submitted')).toBeNull();
    expect(projectTimelineKindOf('report.submit')).toBe('report');
    expect(projectTimelineKindOf('report.requestChanges')).toBe('report');
    expect(projectTimelineKindOf('report.approve')).toBe('report');
    expect(projectTimelineKindOf('report.schedule.move')).toBe('report');
    expect(projectTimelineKindOf('report.answers-updated')).toBeNull();
    expect(projectTimelineKindOf('project.budget.edit')).toBe('budget');
    expect(projectTimelineKindOf('project.budgetChange.request')).toBe('budget');
    expect(projectTimelineKindOf('project.expense.create')).toBeNull();
  });

  it('names only the agreement fields an update changed', () => {
    const before = { startDate: '2027-03-01', endDate: null, granteeSignedOn: null, funderSignedOn: null, contactUserId: 'a' };
    const after = { ...before, endDate: '2027-10-31', granteeSignedOn: '2027-02-20', contactUserId: 'b' };
    expect(timelineDetailsOf('project.update', before, after)).toEqual({ endDate: '2027-10-31', granteeSignedOn: '2027-02-20' });
  });

  it('keeps the facts of payments, plans and reasons, and drops what does not parse', () => {
    expect(timelineDetailsOf('project.tranche.pay', {}, { tranche: 1, status: 'paid', paidOn: '2027-03-05', bankReference: 'LV-42', amountCents: 80_000 })).toEqual({
      tranche: 1,
      paidOn: '2027-03-05',
      bankReference: 'LV-42',
      amountCents: 80_000,
    });
    expect(timelineDetailsOf('project.tranches.plan', {}, { planned: [{ amountCents: 700 }, { amountCents: 300 }] })).toEqual({ plannedCents: [700, 300] });
    expect(timelineDetailsOf('project.suspend', { status: 'active' }, { status: 'suspended', reason: 'Pārbaude.' })).toEqual({ reason: 'Pārbaude.' });
    expect(timelineDetailsOf('project.tranche.hold', null, { tranche: 'first' })).toEqual({});
  });

  it('keeps what a reader needs of report and budget entries', () => {
    expect(timelineDetailsOf('report.requestChanges', { reportId: 'r', kind: 'interim', status: 'submitted' }, { reportId: 'r', kind: 'interim', status: 'changes_requested', parts: ['expenses'], comment: 'Čeks?' })).toEqual({
      reportKind: 'interim',
      parts: ['expenses'],
      comment: 'Čeks?',
    });
    expect(timelineDetailsOf('report.schedule.move', { reportId: 'r', dueDate: '2027-04-30' }, { reportId: 'r', dueDate: '2027-05-15', reason: 'Nometne.' })).toEqual({ dueDate: '2027-05-15', reason: 'Nometne.' });
    expect(timelineDetailsOf('report.schedule.remove', { reportId: 'r', kind: 'interim', dueDate: '2027-07-01' }, { reason: 'Atcelta.' })).toEqual({ reportKind: 'interim', dueDate: '2027-07-01', reason: 'Atcelta.' });
    expect(timelineDetailsOf('project.budgetChange.request', null, { changeId: 'c', reason: 'Dārgāki stādi.', items: [{ lineId: 'l', fromCents: 90_000, toCents: 95_000 }] })).toEqual({
      reason: 'Dārgāki stādi.',
      budgetChanges: [{ fromCents: 90_000, toCents: 95_000 }],
    });
    expect(timelineDetailsOf('project.budget.edit', { lines: [] }, { lines: [], reason: 'Pārdale.' })).toEqual({ reason: 'Pārdale.' });
  });
});
