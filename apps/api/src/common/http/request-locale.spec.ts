import { localeFromAcceptLanguage } from './request-locale';

describe('localeFromAcceptLanguage', () => {
  it('defaults to Latvian', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe('lv');
    expect(localeFromAcceptLanguage('de-DE')).toBe('lv');
  });

  it('follows the preference order and q-values', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,lv;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.5, lv-LV')).toBe('lv');
    expect(localeFromAcceptLanguage('ru, en;q=0.7')).toBe('en');
  });
});
