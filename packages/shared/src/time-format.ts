// Without luxon (Intl is enough here), so that pages which only show dates do not download it.
/** Every deadline is entered and shown in Riga time; instants are stored in UTC. */
export const APP_TIME_ZONE = 'Europe/Riga';

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
