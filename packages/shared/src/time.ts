import { DateTime } from 'luxon';
import { APP_TIME_ZONE } from './time-format';

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

/** Whole calendar days from `from` to `to` as dates in Riga (0 on the same Riga day; negative when `to` is earlier). */
export function rigaDaysBetween(from: string | Date, to: string | Date): number {
  const day = (instant: string | Date) =>
    (typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone(APP_TIME_ZONE).startOf('day');
  return Math.round(day(to).diff(day(from), 'days').days);
}
