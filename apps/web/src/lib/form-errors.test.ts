import { describe, expect, it, vi } from 'vitest';
import { applyProblemToForm, fieldPathsOf, formFieldFor } from './form-errors';

describe('fieldPathsOf', () => {
  it('lists nested fields as dot paths and treats arrays as one field', () => {
    expect(
      fieldPathsOf({ code: '', title: { lv: '', en: '' }, eligibleMunicipalityCodes: [] }),
    ).toEqual(['code', 'title.lv', 'title.en', 'eligibleMunicipalityCodes']);
  });
});

describe('formFieldFor', () => {
  const fields = new Set(['title.lv', 'eligibleMunicipalityCodes']);

  it('matches an exact path', () => {
    expect(formFieldFor('title.lv', fields)).toBe('title.lv');
  });

  it('falls back to the nearest parent that is a field', () => {
    expect(formFieldFor('eligibleMunicipalityCodes.2', fields)).toBe('eligibleMunicipalityCodes');
  });

  it('returns null when nothing matches', () => {
    expect(formFieldFor('version', fields)).toBeNull();
    expect(formFieldFor('title', fields)).toBeNull();
  });
});

describe('applyProblemToForm', () => {
  const fields = new Set(['minAwardCents', 'title.lv', 'closesAt']);

  it('sets each field error with its code and message, focusing only the first', () => {
    const setError = vi.fn();
    const unmatched = applyProblemToForm(
      {
        errors: [
          { path: 'minAwardCents', code: 'custom', message: 'call.minAward.aboveMax' },
          { path: 'title.lv', code: 'too_small', message: 'Too small' },
        ],
      },
      setError,
      fields,
    );

    expect(unmatched).toEqual([]);
    expect(setError).toHaveBeenNthCalledWith(
      1,
      'minAwardCents',
      { type: 'custom', message: 'call.minAward.aboveMax' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenNthCalledWith(
      2,
      'title.lv',
      { type: 'too_small', message: 'Too small' },
      { shouldFocus: false },
    );
  });

  it('returns the errors no field can show', () => {
    const setError = vi.fn();
    const stray = { path: 'programmeId', code: 'custom', message: 'programme.notStaff' };
    const unmatched = applyProblemToForm(
      { errors: [stray, { path: 'closesAt', code: 'custom', message: 'call.closesAt.beforeOpen' }] },
      setError,
      fields,
    );

    expect(unmatched).toEqual([stray]);
    expect(setError).toHaveBeenCalledTimes(1);
    expect(setError).toHaveBeenCalledWith(
      'closesAt',
      { type: 'custom', message: 'call.closesAt.beforeOpen' },
      { shouldFocus: true },
    );
  });
});
