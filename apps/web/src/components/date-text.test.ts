import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from './date-text';

describe('formatDateText', () => {
  it('writes a date in the app language, not the browser’s', () => {
    expect(formatDateText('2027-03-01', 'lv')).toBe('2027. gada 1. marts');
    expect(formatDateText('2027-03-01', 'en')).toBe('1 March 2027');
  });

  it('adds a wall-clock time that no time zone shifts', () => {
    expect(formatDateText('2027-03-01T09:05', 'lv')).toMatch(/^2027\. gada 1\. marts.*09:05$/);
    expect(formatDateText('2027-03-01 23:59:00', 'en')).toMatch(/^1 March 2027.*23:59$/);
  });
});

describe('parseDateText', () => {
  it.each([
    ['2027-03-01', '2027-03-01'],
    ['1.3.2027', '2027-03-01'],
    ['01.03.2027.', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['2027. gada 1. marts', '2027-03-01'],
    ['1 March 2027', '2027-03-01'],
    ['1 mar 2027', '2027-03-01'],
  ])('reads %s as %s', (typed, expected) => {
    expect(parseDateText(typed, false)).toBe(expected);
  });

  it.each(['', '1.3.202', '31.2.2027', '2027-13-01', 'rīt', '1.3.2027 09:00'])('does not take %j as a date', (typed) => {
    expect(parseDateText(typed, false)).toBeNull();
  });

  it('reads a time after the date, or midnight without one', () => {
    expect(parseDateText('1.3.2027 9:05', true)).toBe('2027-03-01 09:05:00');
    expect(parseDateText('2027. gada 1. marts plkst. 14:30', true)).toBe('2027-03-01 14:30:00');
    expect(parseDateText('1 March 2027 at 14:30', true)).toBe('2027-03-01 14:30:00');
    expect(parseDateText('1 March 2027, 14:30', true)).toBe('2027-03-01 14:30:00');
    expect(parseDateText('2027-03-01T23:59', true)).toBe('2027-03-01 23:59:00');
    expect(parseDateText('1.3.2027', true)).toBe('2027-03-01 00:00:00');
    expect(parseDateText('1.3.2027 24:00', true)).toBeNull();
  });

  it('reads back what it shows', () => {
    for (const language of ['lv', 'en']) {
      expect(parseDateText(formatDateText('2027-12-31', language), false)).toBe('2027-12-31');
      expect(parseDateText(formatDateText('2027-12-31T18:45', language), true)).toBe('2027-12-31 18:45:00');
    }
  });
});
