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
});
