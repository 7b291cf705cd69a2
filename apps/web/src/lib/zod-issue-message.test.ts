import { describe, expect, it } from 'vitest';
import { ZOD_PARSE_OPTIONS, zodIssueMessage } from './zod-issue-message';

const issue = (fields: Record<string, unknown>) => zodIssueMessage({ path: ['field'], input: 'x', ...fields } as never);
const money = (fields: Record<string, unknown>) => issue({ path: ['budgetEnvelopeCents'], ...fields });

describe('zodIssueMessage', () => {
  it('names each kind of wrong type', () => {
    expect([undefined, null, ''].map((input) => issue({ code: 'invalid_type', expected: 'string', input }))).toEqual(['required', 'required', 'required']);
    expect(money({ code: 'invalid_type', expected: 'number', input: 'abc' })).toBe('money');
    expect(issue({ code: 'invalid_type', expected: 'number', input: 'abc' })).toBe('number');
    expect(issue({ code: 'invalid_type', expected: 'int', input: 'abc' })).toBe('number');
    expect(issue({ code: 'invalid_type', expected: 'string', input: 5 })).toBe('invalid');
    expect(issue({ code: 'invalid_type', expected: 'number', input: 0 })).toBe('number');
  });

  it('states the limit that was broken, by what was measured', () => {
    expect(issue({ code: 'too_small', origin: 'string', minimum: 1 })).toBe('required');
    expect(issue({ code: 'too_small', origin: 'string', minimum: 2 })).toBe('tooShort|{"count":2}');
    expect(issue({ code: 'too_small', origin: 'array', minimum: 1 })).toBe('chooseAtLeastOne');
    expect(issue({ code: 'too_small', origin: 'set', minimum: 1 })).toBe('chooseAtLeastOne');
    expect(issue({ code: 'too_small', origin: 'array', minimum: 3 })).toBe('tooFew|{"count":3}');
    expect(issue({ code: 'too_small', origin: 'number', minimum: 0 })).toBe('numberTooSmall|{"min":0}');
    expect(issue({ code: 'too_small', origin: 'number', minimum: 5n })).toBe('numberTooSmall|{"min":5}');
    expect(money({ code: 'too_small', origin: 'number', minimum: 100 })).toBe('moneyTooSmall|{"min":100}');
    expect(issue({ code: 'too_big', origin: 'string', maximum: 200 })).toBe('tooLong|{"count":200}');
    expect(issue({ code: 'too_big', origin: 'array', maximum: 3 })).toBe('tooMany|{"count":3}');
    expect(issue({ code: 'too_big', origin: 'set', maximum: 3 })).toBe('tooMany|{"count":3}');
    expect(issue({ code: 'too_big', origin: 'number', maximum: 100 })).toBe('numberTooBig|{"max":100}');
    expect(money({ code: 'too_big', origin: 'number', maximum: 500 })).toBe('moneyTooBig|{"max":500}');
  });

  it('names formats and choices, and calls an empty one required', () => {
    expect(issue({ code: 'invalid_format', format: 'email', input: '' })).toBe('required');
    expect(issue({ code: 'invalid_format', format: 'email' })).toBe('email');
    expect(issue({ code: 'invalid_format', format: 'datetime' })).toBe('dateTime');
    expect(issue({ code: 'invalid_format', format: 'regex' })).toBe('format');
    expect(issue({ code: 'invalid_value', input: '' })).toBe('required');
    expect(issue({ code: 'invalid_value', input: 'z' })).toBe('choose');
    expect(issue({ code: 'custom' })).toBeUndefined();
  });

  it('reads money only from a field whose name ends in Cents', () => {
    expect(issue({ path: [], code: 'invalid_type', expected: 'number', input: 'x' })).toBe('number');
    expect(issue({ path: undefined, code: 'invalid_type', expected: 'number', input: 'x' })).toBe('number');
    expect(issue({ path: ['lines', 0], code: 'too_small', origin: 'number', minimum: 1 })).toBe('numberTooSmall|{"min":1}');
    expect(issue({ path: ['centsTotal'], code: 'too_small', origin: 'number', minimum: 1 })).toBe('numberTooSmall|{"min":1}');
  });

  it('is the error map of the forms', () => {
    expect(ZOD_PARSE_OPTIONS).toEqual({ error: zodIssueMessage });
  });
});
