import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatRigaDateTime } from './time-format';
import { instantToRigaLocal, rigaDaysBetween, rigaLocalToInstant } from './time';

describe('Riga time', () => {
  it('reads a deadline typed in Riga in winter (UTC+2) and summer (UTC+3)', () => {
    expect(rigaLocalToInstant('2027-01-15T23:59')).toBe('2027-01-15T21:59:00Z');
    expect(rigaLocalToInstant('2027-07-15T23:59')).toBe('2027-07-15T20:59:00Z');
  });

  it('handles deadlines either side of the end-of-March clock change', () => {
    // Clocks go forward at 03:00 on 28 March 2027 in Riga.
    expect(rigaLocalToInstant('2027-03-27T23:59')).toBe('2027-03-27T21:59:00Z');
    expect(rigaLocalToInstant('2027-03-28T23:59')).toBe('2027-03-28T20:59:00Z');
    expect(instantToRigaLocal('2027-03-28T20:59:00Z')).toBe('2027-03-28T23:59');
  });

  it('round-trips the end-of-October change', () => {
    const instant = rigaLocalToInstant('2026-10-25T12:00');
    expect(instant).toBe('2026-10-25T10:00:00Z');
    expect(instantToRigaLocal(instant!)).toBe('2026-10-25T12:00');
  });

  it('refuses a time that is not one', () => {
    expect(rigaLocalToInstant('2027-02-30T10:00')).toBeNull();
    expect(rigaLocalToInstant('tomorrow')).toBeNull();
  });

  it('shows instants in Riga time whatever the machine zone', () => {
    expect(formatRigaDateTime('2027-03-28T20:59:00Z', 'en')).toContain('23:59');
    expect(formatRigaDateTime('2027-03-28T20:59:00Z', 'lv')).toMatch(/2027.*23:59/);
  });
});

describe('rigaDaysBetween', () => {
  it('counts Riga calendar days, not 24-hour spans, across the end of summer time', () => {
    // 23:30 in Riga on 24 October 2026 to 00:30 in Riga on 26 October (the clocks went back on the 25th).
    expect(rigaDaysBetween('2026-10-24T20:30:00Z', '2026-10-25T22:30:00Z')).toBe(2);
    expect(rigaDaysBetween('2026-10-24T20:30:00Z', '2026-10-24T20:59:00Z')).toBe(0);
    expect(rigaDaysBetween('2026-10-26T10:00:00Z', '2026-10-24T10:00:00Z')).toBe(-2);
  });
});

describe('formatCalendarDate', () => {
  it('writes a calendar date in words in each language, the same day whatever the zone', () => {
    expect(formatCalendarDate('2027-03-01', 'lv')).toBe('2027. gada 1. marts');
    expect(formatCalendarDate('2027-03-01', 'en')).toBe('1 March 2027');
  });
});
