/** A text kept in Latvian and (optionally) English: the reader's language when there is one, else Latvian. */
export function bilingual(text: { lv: string | null; en: string | null }, language: string): string {
  return (language.startsWith('en') ? text.en || text.lv : text.lv || text.en) ?? '';
}
