import { formatEuroCents } from '@kopa/shared';

/** "500,00 € – 3 000,00 €": the award range of a call in the reader's number format. */
export function formatAwardRange(minCents: number, maxCents: number, locale: string): string {
  return `${formatEuroCents(minCents, locale)} – ${formatEuroCents(maxCents, locale)}`;
}
