import { Inject, Injectable } from '@nestjs/common';
import {
  PROBLEM_TYPES,
  type TCheckInRequest,
  type TEventAttendeeListResponse,
  type TEventAttendeeQuery,
  type TEventRegistrationRequest,
  type TEventRegistrationResponse,
  type TEventTokenResponse,
  type TMyRegistrationsQuery,
  type TMyRegistrationsResponse,
  type TLocale,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { EventsRepository, type EventRow } from './events.repository';
import { canManageEvent, isRegistrationOpen, toEventSummary } from './events.mapper';
import { EventPlaces } from './event-places';
import { isRegistrationToken } from './event-links';

/** Registrations a visitor may make with one e-mail address per hour (each sends a confirmation e-mail). */
export const VISITOR_REGISTRATIONS_PER_EMAIL_PER_HOUR = 5;

/** Registering, confirming by e-mail, cancelling (with waiting-list promotion) and checking in. */
@Injectable()
export class EventRegistrationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly events: EventsRepository,
    private readonly places: EventPlaces,
    private readonly clock: Clock,
  ) {}

  /**
   * An account holder gets a place (or a place in the queue) at once; a visitor gets an
   * e-mail with a confirmation link and holds nothing until they follow it. The answer to a
   * visitor never tells whether the address was already registered.
   */
  async register(principal: Principal | undefined, eventId: string, input: TEventRegistrationRequest, requestLocale: TLocale): Promise<TEventRegistrationResponse> {
    if (!principal && (!input.name || !input.email)) {
      throw Problems.validation([
        ...(input.name ? [] : [{ path: 'name', code: 'required', message: 'events.register.nameRequired' }]),
        ...(input.email ? [] : [{ path: 'email', code: 'required', message: 'events.register.emailRequired' }]),
      ]);
    }
    const person = principal
      ? { name: principal.displayName, email: principal.email.toLowerCase(), locale: principal.locale, userId: principal.id }
      : { name: input.name!, email: input.email!, locale: input.locale ?? requestLocale, userId: null };
    return this.prisma.$transaction(async (tx) => {
      const event = await this.openEvent(tx, eventId);
      const now = this.clock.now();
      const existing = await this.events.findRegistrationByEmail(tx, eventId, person.email);
      if (existing && existing.status !== 'cancelled') {
        if (principal) throw Problems.conflict('You are already registered for this event.');
        if (existing.status === 'pending_confirmation') await this.sendConfirmation(tx, event, existing, person.email, now);
        return { id: null, status: 'pending_confirmation' };
      }
      if (!principal && (await this.events.countRecentByEmail(tx, person.email, new Date(now.getTime() - 3_600_000))) >= VISITOR_REGISTRATIONS_PER_EMAIL_PER_HOUR) {
        throw new ProblemException(PROBLEM_TYPES.rateLimited, 429, 'Too many registrations with this e-mail address; try again later.');
      }
      const data = { ...person, participantGroup: input.participantGroup, status: 'pending_confirmation' as const, queuedAt: null, cancelledAt: null, checkedInAt: null, reminderSentAt: null };
      const registration = existing
        ? await tx.eventRegistration.update({ where: { id: existing.id }, data })
        : await tx.eventRegistration.create({ data: { ...data, eventId } });
      if (!principal) {
        await this.sendConfirmation(tx, event, registration, person.email, now);
        return { id: null, status: 'pending_confirmation' };
      }
      return { id: registration.id, status: await this.places.take(tx, event, registration.id) };
    });
  }

  /** The e-mailed link: the visitor now takes a place or joins the queue. Following it again changes nothing. */
  async confirm(registrationId: string, token: string): Promise<TEventTokenResponse> {
    this.checkToken('confirm', registrationId, token);
    return this.prisma.$transaction(async (tx) => {
      const found = await this.events.findRegistration(registrationId, tx);
      if (!found) throw Problems.notFound();
      const event = await this.events.lock(tx, found.eventId);
      const registration = await this.events.findRegistration(registrationId, tx);
      if (!event || !registration) throw Problems.notFound();
      if (registration.status !== 'pending_confirmation') return { eventId: event.id, status: registration.status };
      if (!isRegistrationOpen(event, this.clock.now())) throw Problems.invalidTransition('Registration for this event has closed.');
      return { eventId: event.id, status: await this.places.take(tx, event, registration.id) };
    });
  }

  async cancelByToken(registrationId: string, token: string): Promise<TEventTokenResponse> {
    this.checkToken('cancel', registrationId, token);
    const registration = await this.events.findRegistration(registrationId);
    if (!registration) throw Problems.notFound();
    return this.cancel(registration.eventId, registrationId);
  }

  /** Cancelling one's own place: until the event starts (afterwards there is nothing to give to the waiting list). */
  async cancelMine(principal: Principal, eventId: string): Promise<TEventTokenResponse> {
    const registration = await this.events.findUserRegistration(eventId, principal.id);
    const event = registration ? await this.events.find(eventId) : null;
    if (!registration || !event) throw Problems.notFound();
    if (event.startsAt.getTime() <= this.clock.now().getTime()) throw Problems.invalidTransition('The event has already started.');
    return this.cancel(eventId, registration.id);
  }

  /** The signed-in user's registrations, upcoming or past, with what they may still do with each. */
  async mine(principal: Principal, query: TMyRegistrationsQuery): Promise<TMyRegistrationsResponse> {
    const now = this.clock.now();
    const { items, total } = await this.events.registrationsOfUser(principal.id, query.when, now, query.page, query.pageSize);
    return {
      items: items.map((row) => ({
        id: row.id,
        status: row.status,
        participantGroup: row.participantGroup,
        checkedIn: row.checkedInAt !== null,
        certificate: row.status === 'confirmed' && row.checkedInAt !== null,
        cancellable: row.event.startsAt.getTime() > now.getTime(),
        event: toEventSummary(row.event),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The organiser (or a coordinator) takes someone off the list, e.g. at their request by phone. */
  async cancelAsOrganiser(principal: Principal, eventId: string, registrationId: string): Promise<TEventTokenResponse> {
    await this.managedEvent(principal, eventId);
    const registration = await this.events.findRegistration(registrationId);
    if (!registration || registration.eventId !== eventId) throw Problems.notFound();
    return this.cancel(eventId, registrationId);
  }

  async attendees(principal: Principal, eventId: string, query: TEventAttendeeQuery): Promise<TEventAttendeeListResponse> {
    await this.managedEvent(principal, eventId);
    const { items, total, groups, waitlisted } = await this.events.attendees(eventId, query);
    return {
      items: items.map((row) => ({
        id: row.id,
        name: row.name,
        email: row.email,
        participantGroup: row.participantGroup,
        status: row.status,
        checkedInAt: row.checkedInAt?.toISOString() ?? null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      counts: groups,
      waitlisted,
    };
  }

  async checkIn(principal: Principal, eventId: string, registrationId: string, input: TCheckInRequest) {
    await this.managedEvent(principal, eventId);
    const registration = await this.events.findRegistration(registrationId);
    if (!registration || registration.eventId !== eventId) throw Problems.notFound();
    if (registration.status !== 'confirmed') throw Problems.invalidTransition('Only people with a place can be checked in.');
    const updated = await this.prisma.eventRegistration.update({
      where: { id: registrationId },
      data: { checkedInAt: input.checkedIn ? (registration.checkedInAt ?? this.clock.now()) : null },
    });
    return { id: updated.id, checkedInAt: updated.checkedInAt?.toISOString() ?? null };
  }

  async managedEvent(principal: Principal, eventId: string): Promise<EventRow> {
    const event = await this.events.find(eventId);
    if (!event) throw Problems.notFound();
    if (!canManageEvent(principal, event)) throw Problems.forbidden();
    return event;
  }

  private async cancel(eventId: string, registrationId: string): Promise<TEventTokenResponse> {
    return this.prisma.$transaction(async (tx) => {
      await this.events.lock(tx, eventId);
      const registration = await this.events.findRegistration(registrationId, tx);
      if (!registration) throw Problems.notFound();
      if (registration.status === 'cancelled') return { eventId, status: 'cancelled' };
      await tx.eventRegistration.update({ where: { id: registrationId }, data: { status: 'cancelled', cancelledAt: this.clock.now(), checkedInAt: null } });
      if (registration.status === 'confirmed') await this.places.fillFromWaitlist(tx, eventId);
      return { eventId, status: 'cancelled' };
    });
  }

  private async openEvent(tx: Tx, eventId: string): Promise<EventRow> {
    const event = await this.events.lock(tx, eventId);
    if (!event) throw Problems.notFound();
    if (!isRegistrationOpen(event, this.clock.now())) throw Problems.invalidTransition('Registration for this event has closed.');
    return event;
  }

  private async sendConfirmation(tx: Tx, event: EventRow, registration: { id: string; name: string; email: string; locale: TLocale }, email: string, now: Date) {
    await tx.eventRegistration.update({ where: { id: registration.id }, data: { updatedAt: now } });
    await this.places.notify(tx, event, { ...registration, email, userId: null }, 'confirm', `event-confirm:${registration.id}:${now.getTime()}`);
  }

  private checkToken(purpose: 'confirm' | 'cancel', registrationId: string, token: string) {
    if (!isRegistrationToken(this.config.COOKIE_SECRET, purpose, registrationId, token)) throw Problems.notFound();
  }
}
