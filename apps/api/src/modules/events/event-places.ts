import { Inject, Injectable } from '@nestjs/common';
import type { TLocale } from '@kopa/shared';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { OutboxWriter } from '../../jobs/outbox.writer';
import type { Tx } from '../../prisma/prisma.service';
import { EventsRepository, type EventRow } from './events.repository';
import { certificateLink, eventLink, formatEventPlace, formatEventTime, registrationLink } from './event-links';

export type EventMessageKind = 'confirm' | 'confirmed' | 'waitlisted' | 'promoted' | 'reminder' | 'certificate';

interface Recipient {
  id: string;
  name: string;
  email: string;
  locale: TLocale;
  userId: string | null;
}

/**
 * Places at an event: who gets one and who waits, and the e-mails about it. Every caller
 * holds the event's row lock (EventsRepository.lock), so places are never over-given.
 */
@Injectable()
export class EventPlaces {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  /** A free place: confirmed; otherwise the end of the queue. */
  async take(tx: Tx, event: EventRow, registrationId: string): Promise<'confirmed' | 'waitlisted'> {
    const confirmed = await this.events.countConfirmed(tx, event.id);
    const status = confirmed < event.capacity ? 'confirmed' : 'waitlisted';
    const registration = await tx.eventRegistration.update({
      where: { id: registrationId },
      data: { status, queuedAt: this.clock.now(), cancelledAt: null, checkedInAt: null, reminderSentAt: null },
    });
    await this.notify(tx, event, registration, status, `event-${status}:${registration.id}:${this.clock.now().getTime()}`);
    return status;
  }

  /** Gives free places to the waiting list in the order people joined it, each with an e-mail; none once the event started. */
  async fillFromWaitlist(tx: Tx, eventId: string): Promise<number> {
    const event = await this.events.find(eventId, tx);
    if (!event || event.startsAt.getTime() <= this.clock.now().getTime()) return 0;
    let free = event.capacity - (await this.events.countConfirmed(tx, eventId));
    let promoted = 0;
    while (free > 0) {
      const next = await this.events.firstWaitlisted(tx, eventId);
      if (!next) break;
      await tx.eventRegistration.update({ where: { id: next.id }, data: { status: 'confirmed' } });
      await this.notify(tx, event, next, 'promoted', `event-promoted:${next.id}:${this.clock.now().getTime()}`);
      free -= 1;
      promoted += 1;
    }
    return promoted;
  }

  async notify(tx: Tx, event: EventRow, to: Recipient, kind: EventMessageKind, dedupeKey: string): Promise<void> {
    const { APP_URL: appUrl, COOKIE_SECRET: secret } = this.config;
    await this.outbox.enqueueEmail(tx, {
      dedupeKey,
      to: to.email,
      locale: to.locale,
      ...(to.userId ? { userId: to.userId } : {}),
      template: 'event-registration',
      params: {
        displayName: to.name,
        kind,
        eventTitle: to.locale === 'en' ? event.titleEn : event.titleLv,
        when: formatEventTime(event.startsAt, event.endsAt, to.locale),
        place: formatEventPlace(event, to.locale),
        link: kind === 'confirm' ? registrationLink(appUrl, 'confirm', to.id, secret) : kind === 'certificate' ? certificateLink(appUrl, to.id, secret) : eventLink(appUrl, event.id),
        cancelLink: kind === 'confirm' || kind === 'certificate' ? null : registrationLink(appUrl, 'cancel', to.id, secret),
      },
    });
  }
}
