import { describe, expect, it } from 'vitest';
import {
  isValidLatvianRegistrationNumber,
  registrationNumberError,
  ZClaimOrganisationRequest,
  ZCreateOrganisationRequest,
  ZUpdateOrganisationRequest,
} from './organisations';

const valid = {
  type: 'association',
  legalName: 'Biedrība „Preiļu kopiena”',
  registrationNumber: '40008000009',
  municipalityCode: 'preili',
  address: 'Raiņa bulvāris 19, Preiļi',
  contactEmail: 'Info@Kopiena.lv',
  contactPhone: '+371 20000000',
  description: 'Vietējā kopiena.',
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('isValidLatvianRegistrationNumber', () => {
  it.each(['40003032065', '40008000009', '50003012342', '90000123450', '40003045676'])('accepts %s', (number) => {
    expect(isValidLatvianRegistrationNumber(number)).toBe(true);
  });

  it.each([
    ['40003032066', 'wrong check digit'],
    ['40008000000', 'wrong check digit'],
    ['4000303206', '10 digits'],
    ['400030320655', '12 digits'],
    ['4000303206a', 'a letter'],
    ['', 'empty'],
    ['4000 303 2065', 'spaces (the schemas strip them first)'],
  ])('rejects %s (%s)', (number) => {
    expect(isValidLatvianRegistrationNumber(number)).toBe(false);
  });

  it('names the problem: format before checksum', () => {
    expect(registrationNumberError('123')).toBe('organisation.registrationNumber.format');
    expect(registrationNumberError('40003032066')).toBe('organisation.registrationNumber.checksum');
    // Eleven digits inside a longer text are not a registration number.
    expect(registrationNumberError('400030320650')).toBe('organisation.registrationNumber.format');
    expect(registrationNumberError('x40003032065')).toBe('organisation.registrationNumber.format');
    expect(registrationNumberError('40003032065x')).toBe('organisation.registrationNumber.format');
    expect(registrationNumberError('40003032065')).toBeNull();
  });
});

describe('ZCreateOrganisationRequest', () => {
  it('accepts a registered association and normalises e-mail and number', () => {
    const parsed = ZCreateOrganisationRequest.parse({ ...valid, registrationNumber: ' 4000 8000 009 ' });
    expect(parsed.registrationNumber).toBe('40008000009');
    expect(parsed.contactEmail).toBe('info@kopiena.lv');
  });

  it.each(['association', 'foundation', 'school', 'municipal_institution'])('requires a number for %s', (type) => {
    expect(messages(ZCreateOrganisationRequest.safeParse({ ...valid, type, registrationNumber: '' }))).toEqual([
      'registrationNumber:organisation.registrationNumber.required',
    ]);
    expect(messages(ZCreateOrganisationRequest.safeParse({ ...valid, type, registrationNumber: null }))).toEqual([
      'registrationNumber:organisation.registrationNumber.required',
    ]);
  });

  it('explains a bad checksum and a bad format', () => {
    expect(messages(ZCreateOrganisationRequest.safeParse({ ...valid, registrationNumber: '40008000001' }))).toEqual([
      'registrationNumber:organisation.registrationNumber.checksum',
    ]);
    expect(messages(ZCreateOrganisationRequest.safeParse({ ...valid, registrationNumber: '4000800' }))).toEqual([
      'registrationNumber:organisation.registrationNumber.format',
    ]);
  });

  it('takes no number from an informal group', () => {
    const group = { ...valid, type: 'informal_group' };
    expect(ZCreateOrganisationRequest.parse({ ...group, registrationNumber: '' }).registrationNumber).toBeNull();
    expect(ZCreateOrganisationRequest.parse({ ...group, registrationNumber: undefined }).registrationNumber).toBeUndefined();
    expect(messages(ZCreateOrganisationRequest.safeParse(group))).toEqual([
      'registrationNumber:organisation.registrationNumber.notAllowed',
    ]);
  });

  it('checks the phone and the other fields', () => {
    const result = ZCreateOrganisationRequest.safeParse({ ...valid, contactPhone: 'call me', legalName: ' ', contactEmail: 'x' });
    expect(messages(result)).toEqual(
      expect.arrayContaining(['contactPhone:organisation.contactPhone.format', expect.stringMatching(/^legalName:/), expect.stringMatching(/^contactEmail:/)]),
    );
  });

  it('update needs a version', () => {
    expect(ZUpdateOrganisationRequest.safeParse(valid).success).toBe(false);
    expect(ZUpdateOrganisationRequest.safeParse({ ...valid, version: 3 }).success).toBe(true);
  });
});

describe('ZClaimOrganisationRequest', () => {
  it('needs a valid number and a message', () => {
    expect(ZClaimOrganisationRequest.safeParse({ registrationNumber: '40003032065', message: 'Mēs esam valde.' }).success).toBe(true);
    expect(messages(ZClaimOrganisationRequest.safeParse({ registrationNumber: '40003032066', message: '' }))).toEqual(
      expect.arrayContaining(['registrationNumber:organisation.registrationNumber.checksum', expect.stringMatching(/^message:/)]),
    );
  });
});
