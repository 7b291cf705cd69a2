/** Quotation marks a name may already hold: „Latvian”, “English”, "straight", «guillemets». */
const QUOTE_MARKS = /[„“”"«»]/;

export function holdsQuotes(name: string): boolean {
  return QUOTE_MARKS.test(name);
}

/**
 * A name as a sentence quotes it: „…” in Latvian, “…” in English; a name that already holds
 * quotes (Biedrība „Ūdensroze”) gets no second pair (LATVIAN.md, style).
 */
export function quotedName(name: string, locale: 'lv' | 'en'): string {
  if (holdsQuotes(name)) return name;
  return locale === 'lv' ? `„${name}”` : `“${name}”`;
}
