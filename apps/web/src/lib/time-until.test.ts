import { describe, expect, it } from 'vitest';
import { formatDuration, timeUntil } from './time-until';

const now = new Date('2026-03-20T10:00:00Z');

describe('timeUntil', () => {
  it('gives days and hours when a day or more is left', () => {
    expect(timeUntil('2026-03-25T13:30:00Z', now)).toEqual({
      kind: 'remaining',
      parts: [
        { unit: 'day', value: 5 },
        { unit: 'hour', value: 3 },
      ],
    });
  });

  it('drops a zero second unit', () => {
    expect(timeUntil('2026-03-22T10:00:00Z', now)).toEqual({
      kind: 'remaining',
      parts: [{ unit: 'day', value: 2 }],
    });
  });

  it('gives hours and minutes within the last day, minutes within the last hour', () => {
    expect(timeUntil('2026-03-20T12:15:00Z', now)).toEqual({
      kind: 'remaining',
      parts: [
        { unit: 'hour', value: 2 },
        { unit: 'minute', value: 15 },
      ],
    });
    expect(timeUntil('2026-03-20T10:07:59Z', now)).toEqual({
      kind: 'remaining',
      parts: [{ unit: 'minute', value: 7 }],
    });
  });

  it('says under a minute, and past once the deadline is reached', () => {
    expect(timeUntil('2026-03-20T10:00:30Z', now)).toEqual({ kind: 'underMinute' });
    expect(timeUntil('2026-03-20T10:00:00Z', now)).toEqual({ kind: 'past' });
    expect(timeUntil('2026-03-19T10:00:00Z', now)).toEqual({ kind: 'past' });
  });

  it('counts real elapsed time across the Riga spring-forward night', () => {
    // 28 March 23:59 Riga (UTC+2) → 29 March 23:59 Riga (UTC+3) is only 23 hours.
    const before = new Date('2026-03-28T21:59:00Z');
    expect(timeUntil('2026-03-29T20:59:00Z', before)).toEqual({
      kind: 'remaining',
      parts: [{ unit: 'hour', value: 23 }],
    });
  });
});

describe('formatDuration', () => {
  it('uses the grammar of each language', () => {
    const parts = [
      { unit: 'day' as const, value: 5 },
      { unit: 'hour' as const, value: 1 },
    ];
    expect(formatDuration(parts, 'lv')).toBe('5 dienas un 1 stunda');
    expect(formatDuration(parts, 'en')).toBe('5 days, 1 hour');
  });

  it('uses the Latvian genitive after 11', () => {
    expect(formatDuration([{ unit: 'day', value: 11 }], 'lv')).toBe('11 dienu');
  });
});

describe('timeUntil at the unit boundaries', () => {
  const now = new Date('2026-03-20T10:00:00Z');
  it('drops a zero second unit but keeps the first', () => {
    expect(timeUntil('2026-03-20T10:01:00Z', now)).toEqual({ kind: 'remaining', parts: [{ unit: 'minute', value: 1 }] });
    expect(timeUntil('2026-03-20T11:00:00Z', now)).toEqual({ kind: 'remaining', parts: [{ unit: 'hour', value: 1 }] });
    expect(timeUntil('2026-03-21T10:00:00Z', now)).toEqual({ kind: 'remaining', parts: [{ unit: 'day', value: 1 }] });
    expect(timeUntil('2026-03-21T09:59:00Z', now)).toEqual({ kind: 'remaining', parts: [{ unit: 'hour', value: 23 }, { unit: 'minute', value: 59 }] });
    expect(timeUntil(new Date('2026-03-20T10:00:01Z'), now)).toEqual({ kind: 'underMinute' });
  });
});
