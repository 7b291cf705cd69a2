import { Inject, Injectable } from '@nestjs/common';
import { type TLocale } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { EventsRepository, type EventRow } from './events.repository';
import { canManageEvent } from './events.mapper';
import { formatEventPlace, formatEventTime, isRegistrationToken } from './event-links';
import { renderCertificatePdf } from './event-certificate';

type RegistrationRow = NonNullable<Awaited<ReturnType<EventsRepository['findRegistration']>>>;

/**
 * Attendance certificates, for people who were checked in. Signed in: the attendee, the
 * organiser or a coordinator. Without an account: the signed link e-mailed to the attendee.
 */
@Injectable()
export class EventCertificatesService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsRepository,
    private readonly clock: Clock,
  ) {}

  async certificate(principal: Principal, eventId: string, registrationId: string, locale: TLocale) {
    const event = await this.events.find(eventId);
    const registration = await this.events.findRegistration(registrationId);
    if (!event || !registration || registration.eventId !== eventId) throw Problems.notFound();
    const own = registration.userId !== null && registration.userId === principal.id;
    if (!own && !canManageEvent(principal, event)) throw Problems.forbidden();
    return this.render(event, registration, locale);
  }

  /** The e-mailed link: the token is an HMAC of this registration, so it opens no one else's certificate. */
  async certificateByLink(registrationId: string, token: string, locale: TLocale | undefined) {
    if (!isRegistrationToken(this.config.COOKIE_SECRET, 'certificate', registrationId, token)) throw Problems.notFound();
    const registration = await this.events.findRegistration(registrationId);
    const event = registration ? await this.events.find(registration.eventId) : null;
    if (!registration || !event) throw Problems.notFound();
    return this.render(event, registration, locale ?? registration.locale);
  }

  private async render(event: EventRow, registration: RegistrationRow, locale: TLocale) {
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
