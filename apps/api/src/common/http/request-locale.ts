import type { TLocale } from '@kopa/shared';

/** Picks lv or en from an Accept-Language header; Latvian unless English is preferred. */
export function localeFromAcceptLanguage(header: string | string[] | undefined): TLocale {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return 'lv';
  const ranked = value
    .split(',')
    .map((part) => {
      const [tag, q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('lv')) return 'lv';
    if (tag.startsWith('en')) return 'en';
  }
  return 'lv';
}
