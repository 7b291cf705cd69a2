import { describe, expect, it } from 'vitest';
import { registrationNumberStatus } from './registration-number';

describe('registrationNumberStatus', () => {
  it('hides the field for informal groups whatever was typed', () => {
    expect(registrationNumberStatus('informal_group', '40003032065')).toEqual({ kind: 'hidden' });
  });

  it('gives no verdict while fewer than 11 digits are typed', () => {
    expect(registrationNumberStatus('association', '')).toEqual({ kind: 'incomplete' });
    expect(registrationNumberStatus('association', '4000 303')).toEqual({ kind: 'incomplete' });
  });

  it('accepts a valid number, with or without spaces', () => {
    expect(registrationNumberStatus('school', '4000 303 2065')).toEqual({ kind: 'valid', normalised: '40003032065' });
    expect(registrationNumberStatus('foundation', '50003012342')).toEqual({ kind: 'valid', normalised: '50003012342' });
  });

  it('names a wrong check digit and a wrong format at once', () => {
    expect(registrationNumberStatus('association', '40003032066')).toEqual({
      kind: 'invalid',
      message: 'organisation.registrationNumber.checksum',
    });
    expect(registrationNumberStatus('association', '4000A')).toEqual({
      kind: 'invalid',
      message: 'organisation.registrationNumber.format',
    });
    expect(registrationNumberStatus('association', '400030320651')).toEqual({
      kind: 'invalid',
      message: 'organisation.registrationNumber.format',
    });
  });

  it('checks before a type is chosen', () => {
    expect(registrationNumberStatus('', '40003032066').kind).toBe('invalid');
  });
});
