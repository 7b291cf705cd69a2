import { describe, expect, it } from 'vitest';
import { ZCreateCallRequest, ZUpdateCallRequest } from './calls';
import { allowedCallActions, isCallEditable } from './call-status';
import { hasPermission } from './permissions';

const valid = {
  programmeId: '6f1c2b9e-3d5a-4c1e-9f7a-2b3c4d5e6f70',
  code: 'dk',
  title: { lv: 'Kopienu iniciatīvas', en: 'Community initiatives' },
  description: { lv: 'Apraksts', en: 'Description' },
  eligibleOrganisationTypes: ['association'],
  eligibleMunicipalityCodes: ['preili'],
  budgetEnvelopeCents: 5_000_000,
  minAwardCents: 50_000,
  maxAwardCents: 300_000,
  ownContributionPercent: 10,
  opensAt: '2027-01-01T08:00:00Z',
  closesAt: '2027-03-28T20:59:00Z',
};

describe('call schemas', () => {
  it('accepts a valid call and normalises the code', () => {
    expect(ZCreateCallRequest.parse(valid).code).toBe('DK');
  });

  it('refuses money that is not whole cents', () => {
    expect(ZCreateCallRequest.safeParse({ ...valid, budgetEnvelopeCents: 10.5 }).success).toBe(false);
  });

  it('checks award limits against each other and the envelope', () => {
    const result = ZCreateCallRequest.safeParse({ ...valid, minAwardCents: 7_000_000, maxAwardCents: 6_000_000 });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining(['call.minAward.aboveMax', 'call.maxAward.aboveEnvelope']));
  });

  it('requires the close instant after the open instant', () => {
    const result = ZCreateCallRequest.safeParse({ ...valid, closesAt: valid.opensAt });
    expect(result.error!.issues[0]).toMatchObject({ path: ['closesAt'], message: 'call.closesAt.beforeOpen' });
  });

  it('requires the version an edit is based on', () => {
    const { programmeId: _programmeId, ...fields } = valid;
    expect(ZUpdateCallRequest.safeParse(fields).success).toBe(false);
    expect(ZUpdateCallRequest.safeParse({ ...fields, version: 3 }).success).toBe(true);
  });
});

describe('call workflow and permissions', () => {
  it('offers only the next step of the workflow', () => {
    expect(allowedCallActions('draft')).toEqual(['publish']);
    expect(allowedCallActions('published')).toEqual(['close']);
    expect(allowedCallActions('archived')).toEqual([]);
    expect(isCallEditable('closed')).toBe(false);
  });

  it('lets coordinators manage calls and nobody else', () => {
    expect(hasPermission(['coordinator'], 'calls:manage')).toBe(true);
    expect(hasPermission(['admin'], 'calls:manage')).toBe(false);
    expect(hasPermission(['applicant', 'reviewer'], 'calls:read-all')).toBe(false);
  });
});
