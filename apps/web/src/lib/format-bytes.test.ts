import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes';

describe('formatBytes', () => {
  it('names bytes in full and larger sizes short, with one decimal, in the page language', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(1023, 'en')).toBe('1,023 bytes');
    expect(formatBytes(1024, 'en')).toBe('1 kB');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(10 * 1024 * 1024, 'en')).toBe('10 MB');
    expect(formatBytes(3 * 1024 * 1024 * 1024, 'en')).toBe('3,072 MB');
    expect(formatBytes(1536, 'lv')).toBe(new Intl.NumberFormat('lv-LV', { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(1.5));
    expect(formatBytes(1536, 'lv')).toMatch(/^1,5\s/);
  });
});
