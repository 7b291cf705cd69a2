import type { TLocale } from '@kopa/shared';

/**
 * The interface languages. Adding Latgalian means: a `ltg.json` beside the others, one
 * entry here, and one line in `texts.ts` (its `ltg/` area files too). Names are written in their own language,
 * so a visitor finds theirs whatever the page is in.
 */
export const UI_LANGUAGES = [
  { code: 'lv', nativeName: 'Latviešu', apiLocale: 'lv', intlLocale: 'lv' },
  { code: 'en', nativeName: 'English', apiLocale: 'en', intlLocale: 'en' },
] as const satisfies readonly {
  code: string;
  nativeName: string;
  /** What the API stores for e-mails (its ZLocale). */
  apiLocale: TLocale;
  /** What `formatEuroCents` / `formatRigaDateTime` / Intl understand. */
  intlLocale: TLocale;
}[];

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'lv';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return UI_LANGUAGES.some((language) => language.code === value);
}

function languageInfo(code: string) {
  return UI_LANGUAGES.find((language) => language.code === code) ?? UI_LANGUAGES[0];
}

export function apiLocaleOf(code: string): TLocale {
  return languageInfo(code).apiLocale;
}

export function intlLocaleOf(code: string): TLocale {
  return languageInfo(code).intlLocale;
}

/** Picks the text of a `{ lv, en }` pair from the API for the current language. */
export function localized(text: { lv: string; en: string }, code: string): string {
  return text[apiLocaleOf(code)] || text.lv;
}
