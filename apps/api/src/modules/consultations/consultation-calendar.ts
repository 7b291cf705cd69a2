import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { TLocale } from '@kopa/shared';
import type { BookingRow } from './consultations.repository';

const SUMMARY: Record<TLocale, string> = { lv: 'Konsultācija', en: 'Consultation' };

/** The UID stays the same through every change, so calendars update the one entry. */
export function consultationUid(bookingId: string, domain: string): string {
  return `consultation-${bookingId}@${domain}`;
}

/**
 * The booking as an iCalendar file: METHOD:REQUEST while it stands (first booking and each move,
 * with a higher SEQUENCE), METHOD:CANCEL once cancelled. Times in UTC, so no VTIMEZONE is needed.
 */
export function consultationIcs(booking: BookingRow, options: { locale: TLocale; appUrl: string; now: Date; place: string; organizerEmail: string }): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const cancelled = booking.status === 'cancelled';
  const domain = new URL(options.appUrl).hostname;
  const calendar = ical({ prodId: { company: 'Kopa', product: 'consultations', language: options.locale.toUpperCase() } });
  calendar.method(cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  calendar.createEvent({
    id: consultationUid(booking.id, domain),
    sequence: booking.sequence,
    stamp: options.now,
    start: booking.slot.startsAt,
    end: booking.slot.endsAt,
    summary: `${SUMMARY[options.locale]}: ${booking.organisation.legalName}`,
    description: booking.question,
    location: options.place,
    url: `${options.appUrl}/consultations/${booking.id}`,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: booking.slot.consultant.displayName, email: options.organizerEmail },
  });
  return { method: cancelled ? 'CANCEL' : 'REQUEST', content: calendar.toString() };
}

/** The bare address of MAIL_FROM ("Kopa <no-reply@kopa.lv>" → "no-reply@kopa.lv"). */
export function mailAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}
