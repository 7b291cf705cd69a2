// Without zod, so that pages which only show amounts do not download the schemas.
/**
 * The largest amount Kopa handles anywhere (€1 000 000 000.00): every money value and total
 * is bounded by it, so sums of a few hundred of them stay exact integers.
 */
export const MAX_MONEY_CENTS = 100_000_000_000;

export function formatEuroCents(cents: number, locale: string = 'lv'): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-IE' : 'lv-LV', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

/**
 * Parses a euro amount typed by a person ("1 234,50", "1234.5", "1234") into cents.
 * Returns null for anything that is not an amount with at most two decimals.
 */
export function parseEuroToCents(input: string): number | null {
  const compact = input.replace(/[\s\u00a0€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  const [whole, fraction = ''] = compact.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Cents → what a person would type back: "3000,50" in Latvian, "3000.50" in English. */
export function centsToEuroInput(cents: number, locale: string = 'lv'): string {
  const whole = Math.trunc(cents / 100);
  const fraction = String(cents % 100).padStart(2, '0');
  const separator = locale === 'en' ? '.' : ',';
  return fraction === '00' ? String(whole) : `${whole}${separator}${fraction}`;
}
