import { createHmac, timingSafeEqual } from 'node:crypto';
import { formatRigaDateTime, APP_TIME_ZONE, type TLocale } from '@kopa/shared';
import type { EventRow } from './events.repository';

type Purpose = 'confirm' | 'cancel' | 'certificate';

/**
 * The token in a registration's e-mailed confirmation or cancellation link: an HMAC of the
 * purpose and the registration id under the cookie secret, so nothing needs storing and a
 * link for one registration (or purpose) never works for another.
 */
export function registrationToken(secret: string, purpose: Purpose, registrationId: string): string {
  return createHmac('sha256', secret).update(`event-registration:${purpose}:${registrationId}`).digest('base64url');
}

export function isRegistrationToken(secret: string, purpose: Purpose, registrationId: string, token: string): boolean {
  const expected = Buffer.from(registrationToken(secret, purpose, registrationId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function registrationLink(appUrl: string, purpose: Purpose, registrationId: string, secret: string): string {
  const token = registrationToken(secret, purpose, registrationId);
  return `${appUrl}/events/${purpose}?registration=${registrationId}&token=${token}`;
}

/** The attendance certificate's signed download link, e-mailed after the event (works without an account). */
export function certificateLink(appUrl: string, registrationId: string, secret: string): string {
  return `${appUrl}/api/events/registrations/${registrationId}/certificate?token=${registrationToken(secret, 'certificate', registrationId)}`;
}

export function eventLink(appUrl: string, eventId: string): string {
  return `${appUrl}/events/${eventId}`;
}

/** "2027. gada 12. marts 10:00–14:00" in Riga time; the end's date only when it is another day. */
export function formatEventTime(startsAt: Date, endsAt: Date, locale: TLocale): string {
  const intlLocale = locale === 'en' ? 'en-GB' : 'lv-LV';
  const day = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE }).format(date);
  const end =
    day(startsAt) === day(endsAt)
      ? new Intl.DateTimeFormat(intlLocale, { timeZone: APP_TIME_ZONE, timeStyle: 'short' }).format(endsAt)
      : formatRigaDateTime(endsAt, locale);
  return `${formatRigaDateTime(startsAt, locale)}–${end}`;
}

/** Where the event happens, as one line: the centre or the address with its municipality, or online. */
export function formatEventPlace(event: EventRow, locale: TLocale): string {
  const inPerson: string[] = [];
  if (event.resourceCentre) inPerson.push(locale === 'en' ? (event.resourceCentre.nameEn ?? event.resourceCentre.nameLv) : event.resourceCentre.nameLv);
  if (event.address) inPerson.push(event.address);
  if (event.municipality) inPerson.push(locale === 'en' ? event.municipality.nameEn : event.municipality.nameLv);
  const online = event.onlineUrl ? (locale === 'en' ? 'online' : 'tiešsaistē') : null;
  return [inPerson.join(', '), online].filter(Boolean).join('; ');
}
