import { DateTime } from 'luxon';

/** Every deadline is entered and shown in Riga time; instants are stored in UTC. */
export const APP_TIME_ZONE = 'Europe/Riga';

/** "2026-03-29T23:59" typed in Riga → ISO instant in UTC, or null if it is not a valid time. */
export function rigaLocalToInstant(local: string): string | null {
  const dt = DateTime.fromISO(local, { zone: APP_TIME_ZONE });
  return dt.isValid ? dt.toUTC().toISO({ suppressMilliseconds: true }) : null;
}

/** ISO instant → value for an `<input type="datetime-local">` in Riga time. */
export function instantToRigaLocal(instant: string | Date): string {
  const dt = typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  return dt.setZone(APP_TIME_ZONE).toFormat("yyyy-LL-dd'T'HH:mm");
}

export function formatRigaDateTime(instant: string | Date, locale: string = 'lv'): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'lv-LV', {
    timeZone: APP_TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

/** A calendar date ("2027-03-01") in words: "2027. gada 1. marts" / "1 March 2027". It has no time, so no zone shifts it. */
export function formatCalendarDate(isoDate: string, locale: string = 'lv'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'lv-LV', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Whole calendar days from `from` to `to` as dates in Riga (0 on the same Riga day; negative when `to` is earlier). */
export function rigaDaysBetween(from: string | Date, to: string | Date): number {
  const day = (instant: string | Date) =>
    (typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone(APP_TIME_ZONE).startOf('day');
  return Math.round(day(to).diff(day(from), 'days').days);
}
