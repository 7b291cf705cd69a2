import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeMessage, translateValidationMessage } from './validation-message';
import { zodIssueMessage } from './zod-issue-message';

const known = new Set([
  'validation.tooShort',
  'validation.call.minAward.aboveMax',
  'validation.codes.too_small',
  'validation.invalid',
]);
const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;
const exists = (key: string) => known.has(key);

describe('encodeMessage / decodeMessage', () => {
  it('round-trips a key with parameters', () => {
    expect(decodeMessage(encodeMessage('tooShort', { count: 10 }))).toEqual({
      key: 'tooShort',
      params: { count: 10 },
    });
  });

  it('leaves a plain sentence whole', () => {
    expect(decodeMessage('Expected a | b')).toEqual({ key: 'Expected a | b' });
  });
});

describe('translateValidationMessage', () => {
  it('translates our own key with its parameters', () => {
    expect(translateValidationMessage({ message: 'tooShort|{"count":10}' }, t, exists)).toBe(
      'validation.tooShort {"count":10}',
    );
  });

  it('translates a key sent by the API', () => {
    expect(
      translateValidationMessage({ type: 'custom', message: 'call.minAward.aboveMax' }, t, exists),
    ).toBe('validation.call.minAward.aboveMax');
  });

  it('falls back to the issue code for an English zod sentence from the API', () => {
    expect(
      translateValidationMessage(
        { type: 'too_small', message: 'Too small: expected string to have >=1 characters' },
        t,
        exists,
      ),
    ).toBe('validation.codes.too_small');
  });

  it('falls back to a generic text, and shows nothing without an error', () => {
    expect(translateValidationMessage({ type: 'weird', message: 'x.y' }, t, exists)).toBe(
      'validation.invalid',
    );
    expect(translateValidationMessage(undefined, t, exists)).toBeUndefined();
  });
});

describe('zodIssueMessage', () => {
  it('calls an empty value required, whatever its type', () => {
    expect(
      zodIssueMessage({ code: 'invalid_type', expected: 'number', input: '', path: ['x'] } as never),
    ).toBe('required');
    expect(
      zodIssueMessage({ code: 'too_small', origin: 'string', minimum: 1, input: '', path: ['x'] } as never),
    ).toBe('required');
  });

  it('names unreadable money and money limits by the *Cents field convention', () => {
    expect(
      zodIssueMessage({
        code: 'invalid_type',
        expected: 'number',
        input: 'abc',
        path: ['maxAwardCents'],
      } as never),
    ).toBe('money');
    expect(
      zodIssueMessage({
        code: 'too_small',
        origin: 'number',
        minimum: 1,
        input: 0,
        path: ['budgetEnvelopeCents'],
      } as never),
    ).toBe('moneyTooSmall|{"min":1}');
  });

  it('asks for a count of characters when a string is too short', () => {
    expect(
      zodIssueMessage({ code: 'too_small', origin: 'string', minimum: 10, input: 'x', path: ['password'] } as never),
    ).toBe('tooShort|{"count":10}');
  });
});
