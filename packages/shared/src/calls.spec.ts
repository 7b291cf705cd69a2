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

/** The cross-field rules of a call, on create and on update alike: exact paths and keys, and each bound. */
const { programmeId: _programme, ...fields } = valid;
const create = valid;
const update = { ...fields, version: 3 };

const problemsOf = (changes: Record<string, unknown>) =>
  [ZCreateCallRequest.safeParse({ ...create, ...changes }), ZUpdateCallRequest.safeParse({ ...update, ...changes })].map((result) =>
    result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`),
  );

/** The same problems on create and on update. */
function expectProblems(changes: Record<string, unknown>, expected: string[]) {
  expect(problemsOf(changes)).toEqual([expected, expected]);
}

describe('call cross-field rules', () => {
  it('accepts a consistent call', () => {
    expectProblems({}, []);
  });

  it('refuses a minimum award above the maximum, and accepts them equal', () => {
    expectProblems({ minAwardCents: 300_001 }, ['minAwardCents call.minAward.aboveMax']);
    expectProblems({ minAwardCents: 300_000 }, []);
  });

  it('refuses a maximum award above the envelope, and accepts it equal', () => {
    expectProblems({ maxAwardCents: 5_000_001 }, ['maxAwardCents call.maxAward.aboveEnvelope']);
    expectProblems({ maxAwardCents: 5_000_000 }, []);
  });

  it('refuses a call that closes when or before it opens, and accepts one a second later', () => {
    expectProblems({ closesAt: '2027-01-01T08:00:00Z' }, ['closesAt call.closesAt.beforeOpen']);
    expectProblems({ closesAt: '2026-12-31T08:00:00Z' }, ['closesAt call.closesAt.beforeOpen']);
    expectProblems({ closesAt: '2027-01-01T08:00:01Z' }, []);
    // Offsets are instants, not wall-clock text: 10:00 in Riga is 08:00 UTC.
    expectProblems({ closesAt: '2027-01-01T10:00:00+02:00' }, ['closesAt call.closesAt.beforeOpen']);
  });

  it('refuses an organisation type listed twice', () => {
    expectProblems({ eligibleOrganisationTypes: ['association', 'association'] }, ['eligibleOrganisationTypes call.duplicates']);
  });

  it('reports every broken rule at once', () => {
    expectProblems(
      { minAwardCents: 6_000_000, maxAwardCents: 5_500_000, closesAt: valid.opensAt, eligibleOrganisationTypes: ['association', 'association'] },
      [
        'minAwardCents call.minAward.aboveMax',
        'maxAwardCents call.maxAward.aboveEnvelope',
        'closesAt call.closesAt.beforeOpen',
        'eligibleOrganisationTypes call.duplicates',
      ],
    );
  });

  it('needs the programme to create a call and the loaded version to update one', () => {
    const { programmeId: _programmeId, ...withoutProgramme } = create;
    expect(ZCreateCallRequest.safeParse(withoutProgramme).success).toBe(false);
    expect(ZCreateCallRequest.safeParse({ ...create, programmeId: 'not-a-uuid' }).success).toBe(false);
    const { version: _version, ...withoutVersion } = update;
    expect(ZUpdateCallRequest.safeParse(withoutVersion).success).toBe(false);
  });
});
