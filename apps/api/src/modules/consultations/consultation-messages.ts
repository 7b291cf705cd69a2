import { Inject, Injectable } from '@nestjs/common';
import type { TLocale } from '@kopa/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import type { Tx } from '../../prisma/prisma.service';
import { consultationIcs, mailAddress } from './consultation-calendar';
import { userContact, type BookingRow } from './consultations.repository';

export type ConsultationMessageKind = 'booked' | 'changed' | 'cancelled' | 'reminder';

/**
 * The e-mails of a booking, written in the transaction of the change that caused them: to the
 * organisation's contact and to the consultant, each in their own language, each with the .ics.
 * The outbox also puts them in the in-app inbox; the dedupe key makes each one happen once.
 */
@Injectable()
export class ConsultationMessages {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxWriter,
  ) {}

  async send(tx: Tx, booking: BookingRow, kind: ConsultationMessageKind, now: Date): Promise<void> {
    const consultant = await userContact(tx, booking.slot.consultantId);
    const recipients = [booking.contactUser, ...(consultant ? [consultant] : [])];
    const event = kind === 'changed' ? `${booking.sequence}` : kind === 'reminder' ? booking.slot.startsAt.toISOString() : 'once';
    for (const recipient of recipients) {
      const locale = recipient.locale as TLocale;
      const place = placeOf(booking, locale);
      const ics = consultationIcs(booking, { locale, appUrl: this.config.APP_URL, now, place, organizerEmail: mailAddress(this.config.MAIL_FROM) });
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `consultation-${kind}:${booking.id}:${event}:${recipient.id}`,
        to: recipient.email,
        locale,
        userId: recipient.id,
        template: `consultation-${kind}`,
        params: {
          displayName: recipient.displayName,
          consultantName: booking.slot.consultant.displayName,
          organisationName: booking.organisation.legalName,
          topic: booking.topic,
          startsAt: booking.slot.startsAt.toISOString(),
          lengthMinutes: Math.round((booking.slot.endsAt.getTime() - booking.slot.startsAt.getTime()) / 60_000),
          mode: booking.slot.mode,
          place,
          link: `${this.config.APP_URL}/consultations/${booking.id}`,
        },
        attachments: [{ kind: 'ics', filename: 'konsultacija.ics', method: ics.method, content: ics.content }],
      });
    }
  }
}

/** Where or how the session happens, as a sentence part. */
export function placeOf(booking: BookingRow, locale: TLocale): string {
  const slot = booking.slot;
  if (slot.mode === 'online') return slot.meetingUrl ?? '';
  if (slot.mode === 'phone') return slot.phone ?? '';
  const centre = slot.resourceCentre;
  if (!centre) return '';
  const name = locale === 'en' && centre.nameEn ? centre.nameEn : centre.nameLv;
  return `${name}, ${centre.address}`;
}
