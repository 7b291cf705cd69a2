import { describe, expect, it } from 'vitest';
import { centsToEuroInput, formatEuroCents, parseEuroToCents } from './money-format';

describe('money', () => {
  it('parses what people type into integer cents', () => {
    expect(parseEuroToCents('1 234,50')).toBe(123_450);
    expect(parseEuroToCents('1234.5')).toBe(123_450);
    expect(parseEuroToCents('3000')).toBe(300_000);
    expect(parseEuroToCents('0,07')).toBe(7);
    expect(parseEuroToCents('€ 12')).toBe(1200);
  });

  it('refuses what is not an amount of euros and cents', () => {
    for (const bad of ['', 'abc', '1,234', '12.345', '-5', '1e3', '1 2,3,4']) {
      expect(parseEuroToCents(bad)).toBeNull();
    }
  });

  it('gives amounts back in the form each language types them', () => {
    expect(centsToEuroInput(300_050)).toBe('3000,50');
    expect(centsToEuroInput(300_050, 'en')).toBe('3000.50');
    expect(centsToEuroInput(300_000)).toBe('3000');
    expect(parseEuroToCents(centsToEuroInput(123_456))).toBe(123_456);
  });

  it('formats euros the Latvian way by default', () => {
    expect(formatEuroCents(1_234_550).replace(/\s/g, ' ')).toBe('12 345,50 €');
    expect(formatEuroCents(123_450, 'en')).toBe('€1,234.50');
  });
});
