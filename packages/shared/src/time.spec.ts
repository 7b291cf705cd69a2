import { describe, expect, it } from 'vitest';
import { formatRigaDateTime, instantToRigaLocal, rigaLocalToInstant } from './time';

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
