import { Injectable } from '@nestjs/common';
import { type TLocale } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { EventsRepository } from './events.repository';
import { canManageEvent } from './events.mapper';
import { formatEventPlace, formatEventTime } from './event-links';
import { renderCertificatePdf } from './event-certificate';

/** Attendance certificates: for people who were checked in; the organiser, a coordinator or the attendee may download one. */
@Injectable()
export class EventCertificatesService {
  constructor(
    private readonly events: EventsRepository,
    private readonly clock: Clock,
  ) {}

  async certificate(principal: Principal, eventId: string, registrationId: string, locale: TLocale) {
    const event = await this.events.find(eventId);
    const registration = await this.events.findRegistration(registrationId);
    if (!event || !registration || registration.eventId !== eventId) throw Problems.notFound();
    const own = registration.userId !== null && registration.userId === principal.id;
    if (!own && !canManageEvent(principal, event)) throw Problems.forbidden();
    if (registration.status !== 'confirmed' || !registration.checkedInAt) throw Problems.invalidTransition('Certificates are for people who attended.');
    const content = await renderCertificatePdf({
      locale,
      participantName: registration.name,
      eventTitle: locale === 'en' ? event.titleEn : event.titleLv,
      eventType: event.type,
      when: formatEventTime(event.startsAt, event.endsAt, locale),
      place: formatEventPlace(event, locale),
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      organiserName: event.organiser.displayName,
      issuedOn: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'lv-LV', { timeZone: 'Europe/Riga', dateStyle: 'long' }).format(this.clock.now()),
    });
    const slug = registration.name.normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'participant';
    return { content, filename: `certificate-${slug}.pdf`, contentType: 'application/pdf' };
  }
}
