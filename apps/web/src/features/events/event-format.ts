import { APP_TIME_ZONE, type TEventSummary } from '@kopa/shared';
import { apiLocaleOf, localized } from '../../i18n/languages';

/** "12. marts 2027 10:00–14:00" in Riga time, in the UI language. */
export function formatEventWhen(event: Pick<TEventSummary, 'startsAt' | 'endsAt'>, language: string): string {
  const locale = apiLocaleOf(language) === 'en' ? 'en-GB' : 'lv-LV';
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE }).format(date);
  const full = new Intl.DateTimeFormat(locale, { timeZone: APP_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: APP_TIME_ZONE, timeStyle: 'short' });
  return `${full.format(start)}–${day(start) === day(end) ? time.format(end) : full.format(end)}`;
}

export function formatEventPlace(event: TEventSummary, language: string, onlineLabel: string): string {
  const parts = [
    event.resourceCentre ? localized(event.resourceCentre.name, language) : null,
    event.address,
    event.municipality ? localized(event.municipality.name, language) : null,
  ].filter(Boolean);
  return [parts.join(', '), event.online ? onlineLabel : null].filter(Boolean).join('; ');
}
