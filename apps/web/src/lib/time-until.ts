export type TimeUnit = 'day' | 'hour' | 'minute';

export type TimeUntil =
  | { kind: 'past' }
  | { kind: 'underMinute' }
  | { kind: 'remaining'; parts: { unit: TimeUnit; value: number }[] };

const MINUTE_MS = 60_000;

/**
 * What is left until a deadline, in the two largest units that matter
 * ("5 days 3 hours", "2 hours 10 minutes"). Counts elapsed time, so a daylight-saving
 * change in Riga neither adds nor removes an hour from the countdown.
 */
export function timeUntil(deadline: string | Date, now: Date): TimeUntil {
  const remainingMs = new Date(deadline).getTime() - now.getTime();
  if (remainingMs <= 0) return { kind: 'past' };
  const totalMinutes = Math.floor(remainingMs / MINUTE_MS);
  if (totalMinutes < 1) return { kind: 'underMinute' };

  const days = Math.floor(totalMinutes / (24 * 60));
  const hours = Math.floor((totalMinutes % (24 * 60)) / 60);
  const minutes = totalMinutes % 60;
  const parts =
    days > 0
      ? [{ unit: 'day' as const, value: days }, { unit: 'hour' as const, value: hours }]
      : hours > 0
        ? [{ unit: 'hour' as const, value: hours }, { unit: 'minute' as const, value: minutes }]
        : [{ unit: 'minute' as const, value: minutes }];
  return { kind: 'remaining', parts: parts.filter((part, index) => index === 0 || part.value > 0) };
}

/** "5 dienas un 3 stundas" / "5 days, 3 hours": Intl supplies the grammar of each language. */
export function formatDuration(parts: { unit: TimeUnit; value: number }[], locale: string): string {
  const words = parts.map((part) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: part.unit, unitDisplay: 'long' }).format(
      part.value,
    ),
  );
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(words);
}
