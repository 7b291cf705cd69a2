import { APP_TIME_ZONE } from '@kopa/shared';

/** A `@db.Date` column as the ISO date it stores ("2027-03-01"), or null. */
export function isoDateOf(value: Date | null): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** An ISO date from a request as the value of a `@db.Date` column (undefined: leave it as it is). */
export function dateColumnOf(value: string | null | undefined): Date | null | undefined {
  if (value === undefined) return undefined;
  return value === null ? null : new Date(`${value}T00:00:00.000Z`);
}

/** The calendar year in Riga at `instant`: agreements decided on New Year's Eve night belong to the new year there. */
export function rigaYearOf(instant: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: APP_TIME_ZONE, year: 'numeric' }).format(instant));
}

/** The calendar date in Riga at `instant`, as an ISO date ("2027-03-01"): what "today" means for due dates. */
export function rigaIsoDateOf(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
