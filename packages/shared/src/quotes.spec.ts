import { describe, expect, it } from 'vitest';
import { quotedName } from './quotes';

describe('quotedName', () => {
  it('quotes a plain name in each language', () => {
    expect(quotedName('Jaunieši Preiļos', 'lv')).toBe('„Jaunieši Preiļos”');
    expect(quotedName('Jaunieši Preiļos', 'en')).toBe('“Jaunieši Preiļos”');
  });

  it('gives a name that already holds quotes no second pair', () => {
    expect(quotedName('Biedrība „Ūdensroze”', 'lv')).toBe('Biedrība „Ūdensroze”');
    expect(quotedName('Biedrība "Ūdensroze"', 'en')).toBe('Biedrība "Ūdensroze"');
  });
});
