// Without luxon (Intl is enough here), so that pages which only show dates do not download it.
/** Every deadline is entered and shown in Riga time; instants are stored in UTC. */
export const APP_TIME_ZONE = 'Europe/Riga';

/**
 * Formatters are costly to build (ICU data, memory outside the JS heap) and cheap to reuse: an
 * export of 20,000 rows built one per row took seconds and hundreds of MB (bench/ scenario 7).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formatters.get(key);
  if (!format) {
    format = build();
    formatters.set(key, format);
  }
  return format;
}

export function formatRigaDateTime(instant: string | Date, locale: string = 'lv'): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const tag = locale === 'en' ? 'en-GB' : 'lv-LV';
  return formatter(`dateTime:${tag}`, () => new Intl.DateTimeFormat(tag, { timeZone: APP_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' })).format(date);
}

/** A calendar date ("2027-03-01") in words: "2027. gada 1. marts" / "1 March 2027". It has no time, so no zone shifts it. */
export function formatCalendarDate(isoDate: string, locale: string = 'lv'): string {
  const tag = locale === 'en' ? 'en-GB' : 'lv-LV';
  return formatter(`date:${tag}`, () => new Intl.DateTimeFormat(tag, { timeZone: 'UTC', dateStyle: 'long' })).format(new Date(`${isoDate}T00:00:00Z`));
}
