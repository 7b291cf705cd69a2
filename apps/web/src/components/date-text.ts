import { formatCalendarDate } from '@kopa/shared';

/**
 * What a date field shows and understands, in the app's language rather than the browser's:
 * "2027. gada 1. marts" / "1 March 2027" (with ", 09:00" / "plkst. 09:00" when it has a time).
 * Values are the forms stay in: "2027-03-01" and, with a time, Riga's "2027-03-01T09:00".
 */

const intlLocale = (language: string) => (language === 'en' ? 'en-GB' : 'lv-LV');

/** "2027-03-01" or "2027-03-01T09:00" (also Mantine's "2027-03-01 09:00:00") in words. */
export function formatDateText(value: string, language: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(value);
  if (!match) return value;
  const [, date, hour, minute] = match;
  if (hour === undefined) return formatCalendarDate(date, language);
  // A wall-clock time, so formatted in UTC where nothing shifts it.
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(`${date}T${hour}:${minute}:00Z`),
  );
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  ['lv-LV', 'en-GB'].flatMap((locale) =>
    Array.from({ length: 12 }, (_, index) => {
      const date = new Date(Date.UTC(2027, index, 1));
      return [
        [new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(date).toLowerCase(), index + 1],
        [new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(date).toLowerCase().replace(/\.$/, ''), index + 1],
      ] as [string, number][];
    }).flat(),
  ),
);

const pad = (value: number) => String(value).padStart(2, '0');

function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function dateOf(text: string): { date: string; rest: string } | null {
  // 2027-03-01
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(.*)$/.exec(text);
  if (match) {
    const date = calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
    return date ? { date, rest: match[4] } : null;
  }
  // 1.3.2027 (Latvian) or 1/3/2027 (British): day first, a four-digit year
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?(.*)$/.exec(text);
  if (match) {
    const date = calendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
    return date ? { date, rest: match[4] } : null;
  }
  // 2027. gada 1. marts
  match = /^(\d{4})\.\s*gada\s+(\d{1,2})\.\s*(\p{L}+)(.*)$/iu.exec(text);
  if (match) {
    const month = MONTHS.get(match[3].toLowerCase());
    const date = month ? calendarDate(Number(match[1]), month, Number(match[2])) : null;
    return date ? { date, rest: match[4] } : null;
  }
  // 1 March 2027
  match = /^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})(.*)$/iu.exec(text);
  if (match) {
    const month = MONTHS.get(match[2].toLowerCase());
    const date = month ? calendarDate(Number(match[3]), month, Number(match[1])) : null;
    return date ? { date, rest: match[4] } : null;
  }
  return null;
}

/**
 * What a person typed → "2027-03-01" (or "2027-03-01 09:00:00" with `withTime`, Mantine's
 * format), or null while it is not (yet) a whole date. Accepts ISO, day-first numeric dates and
 * the field's own words in either language, so editing the shown text works too.
 */
export function parseDateText(typed: string, withTime: boolean): string | null {
  const parsed = dateOf(typed.trim());
  if (!parsed) return null;
  if (!withTime) return parsed.rest.trim() === '' ? parsed.date : null;
  const time = /^[\s,T]*(?:plkst\.?\s*|at\s+)?(\d{1,2})[:.](\d{2})\s*$/i.exec(parsed.rest);
  if (parsed.rest.trim() === '') return `${parsed.date} 00:00:00`;
  if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) return null;
  return `${parsed.date} ${pad(Number(time[1]))}:${time[2]}:00`;
}
