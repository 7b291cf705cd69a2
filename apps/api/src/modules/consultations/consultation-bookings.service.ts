import { Injectable } from '@nestjs/common';
import {
  hasPermission,
  PROBLEM_TYPES,
  ZBookConsultationRequest,
  ZRecordConsultationRequest,
  type TBookingListQuery,
  type TBookingListResponse,
  type TConsultationBooking,
  type TConsultationBookingStaff,
  type TConsultationTopic,
  type TLocale,
} from '@kopa/shared';
import type { z } from 'zod';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { Inject } from '@nestjs/common';
import type { Tx } from '../../prisma/prisma.service';
import { consultationIcs, mailAddress } from './consultation-calendar';
import { ConsultationMessages, placeOf } from './consultation-messages';
import { ConsultationSettings } from './consultation-settings';
import { changeDeadline, toBookingResponse, toSlotResponse, toStaffBookingResponse } from './consultations.mapper';
import { ConsultationsRepository, isUniqueViolation, type SlotRow, type StaffBookingRow } from './consultations.repository';

type BookInput = z.output<typeof ZBookConsultationRequest>;

/** How many free slots a "slot taken" answer offers instead. */
const ALTERNATIVE_SLOTS = 5;
type RecordInput = z.output<typeof ZRecordConsultationRequest>;

/** How the caller stands to a booking: a member of its organisation, or staff (its consultant, a coordinator). */
type Standing = 'member' | 'staff';

/**
 * Bookings: exactly one of concurrent bookings of a slot wins (unique index on the active slot);
 * organisations change them until the cut-off, staff until the start; after it the consultant
 * records what happened. Private notes reach staff only.
 */
@Injectable()
export class ConsultationBookingsService {
  constructor(
    private readonly repository: ConsultationsRepository,
    private readonly messages: ConsultationMessages,
    private readonly settings: ConsultationSettings,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async book(principal: Principal, input: BookInput): Promise<TConsultationBooking> {
    const contactUserId = await this.contactFor(principal, input.organisationId, input.contactUserId);
    const now = this.clock.now();
    try {
      const booking = await this.repository.transaction(async (tx) => {
        const slot = await this.repository.findSlot(input.slotId, tx);
        this.assertBookable(slot, now, input.topic);
        const created = await this.repository.createBooking(tx, {
          slotId: input.slotId,
          organisationId: input.organisationId,
          contactUserId,
          createdById: principal.id,
          topic: input.topic,
          question: input.question,
        });
        await this.audit.record(tx, { actorId: principal.id, action: 'consultation.booked', entityType: 'consultation', entityId: created.id, after: { slotId: input.slotId, organisationId: input.organisationId, topic: input.topic } });
        await this.messages.send(tx, created, 'booked', now);
        return created;
      });
      return toBookingResponse(booking, this.settings.changeCutoffHours);
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.slotTaken('Someone else booked this slot a moment ago.', input.slotId, input.topic);
      throw await this.withAlternatives(error, input.slotId, input.topic);
    }
  }

  async get(principal: Principal, bookingId: string): Promise<TConsultationBooking | TConsultationBookingStaff> {
    const { booking, standing } = await this.load(principal, bookingId);
    const cutoff = this.settings.changeCutoffHours;
    return standing === 'staff' ? toStaffBookingResponse(booking, cutoff) : toBookingResponse(booking, cutoff);
  }

  /** An organisation's consultation history (members, programme staff), or all of the caller's organisations. */
  async list(principal: Principal, query: TBookingListQuery): Promise<TBookingListResponse> {
    let result;
    if (query.organisationId) {
      const member = await this.repository.isMember(query.organisationId, principal.id);
      const staff = hasPermission(principal.roles, 'consultations:manage') || hasPermission(principal.roles, 'organisations:read-all');
      if (!member && !staff) throw Problems.notFound();
      result = await this.repository.bookingsOfOrganisation(query.organisationId, query.page, query.pageSize);
    } else {
      result = await this.repository.bookingsOfMember(principal.id, query.page, query.pageSize);
    }
    const cutoff = this.settings.changeCutoffHours;
    return { items: result.rows.map((row) => toBookingResponse(row, cutoff)), total: result.total, page: query.page, pageSize: query.pageSize };
  }

  async cancel(principal: Principal, bookingId: string): Promise<TConsultationBooking> {
    const now = this.clock.now();
    const updated = await this.repository.transaction(async (tx) => {
      const { booking, standing } = await this.loadLocked(tx, principal, bookingId);
      this.assertChangeable(booking, standing, now);
      const cancelled = await this.repository.cancelBooking(tx, bookingId, now);
      await this.audit.record(tx, { actorId: principal.id, action: 'consultation.cancelled', entityType: 'consultation', entityId: bookingId, before: { status: 'booked' }, after: { status: 'cancelled' } });
      await this.messages.send(tx, cancelled, 'cancelled', now);
      return cancelled;
    });
    return toBookingResponse(updated, this.settings.changeCutoffHours);
  }

  async reschedule(principal: Principal, bookingId: string, slotId: string): Promise<TConsultationBooking> {
    const now = this.clock.now();
    try {
      const updated = await this.repository.transaction(async (tx) => {
        const { booking, standing } = await this.loadLocked(tx, principal, bookingId);
        this.assertChangeable(booking, standing, now);
        if (slotId === booking.slotId) throw Problems.invalidTransition('The consultation is already at that time.');
        const slot = await this.repository.findSlot(slotId, tx);
        this.assertBookable(slot, now, booking.topic);
        const moved = await this.repository.moveBooking(tx, bookingId, slotId);
        await this.audit.record(tx, { actorId: principal.id, action: 'consultation.rescheduled', entityType: 'consultation', entityId: bookingId, before: { slotId: booking.slotId }, after: { slotId } });
        await this.messages.send(tx, moved, 'changed', now);
        return moved;
      });
      return toBookingResponse(updated, this.settings.changeCutoffHours);
    } catch (error) {
      if (isUniqueViolation(error)) throw await this.slotTaken('Someone else booked that slot a moment ago.', slotId);
      throw await this.withAlternatives(error, slotId);
    }
  }

  /** After the session: attendance, the organisation's outcome and follow-up, and private notes. */
  async record(principal: Principal, bookingId: string, input: RecordInput): Promise<TConsultationBookingStaff> {
    const now = this.clock.now();
    await this.repository.transaction(async (tx) => {
      const { booking, standing } = await this.loadLocked(tx, principal, bookingId);
      if (standing !== 'staff') throw Problems.forbidden('Only the consultant or a coordinator records a consultation.');
      if (booking.status !== 'booked') throw Problems.invalidTransition('A cancelled consultation has nothing to record.');
      if (booking.slot.startsAt.getTime() > now.getTime()) throw Problems.invalidTransition('The consultation has not started yet.');
      await this.repository.recordSession(tx, bookingId, now, principal.id, {
        attendance: input.attendance,
        outcome: input.outcome || null,
        followUpActions: input.followUpActions || null,
        privateNotes: input.privateNotes || null,
      });
      // The audit log is read by other staff too: it says that notes changed, never what they say.
      await this.audit.record(tx, { actorId: principal.id, action: 'consultation.recorded', entityType: 'consultation', entityId: bookingId, after: { attendance: input.attendance, hasPrivateNotes: Boolean(input.privateNotes) } });
    });
    const { booking } = await this.load(principal, bookingId);
    return toStaffBookingResponse(booking, this.settings.changeCutoffHours);
  }

  /** The booking as a calendar file for whoever may read it. */
  async ics(principal: Principal, bookingId: string, locale: TLocale): Promise<string> {
    const { booking } = await this.load(principal, bookingId);
    return consultationIcs(booking, {
      locale,
      appUrl: this.config.APP_URL,
      now: this.clock.now(),
      place: placeOf(booking, locale),
      organizerEmail: mailAddress(this.config.MAIL_FROM),
    }).content;
  }

  /** Who the booking is for: the caller as a member, or (coordinators) a member they name. Outsiders: 404. */
  private async contactFor(principal: Principal, organisationId: string, contactUserId: string | undefined): Promise<string> {
    const manager = hasPermission(principal.roles, 'consultations:manage');
    if (contactUserId && contactUserId !== principal.id) {
      if (!manager) throw Problems.forbidden('Only a coordinator books on someone else’s behalf.');
      if (!(await this.repository.isMember(organisationId, contactUserId))) {
        throw Problems.validation([{ path: 'contactUserId', code: 'custom', message: 'consultation.contact.notMember' }]);
      }
      return contactUserId;
    }
    if (hasPermission(principal.roles, 'consultations:book') && (await this.repository.isMember(organisationId, principal.id))) return principal.id;
    if (manager) throw Problems.validation([{ path: 'contactUserId', code: 'custom', message: 'consultation.contact.required' }]);
    throw Problems.notFound();
  }

  /** "Slot taken" with the next free slots (same topic when known), so the loser can pick another at once. */
  private async slotTaken(detail: string, takenSlotId: string, topic?: TConsultationTopic): Promise<ProblemException> {
    const { rows } = await this.repository.freeSlots({ now: this.clock.now(), topic, excludeSlotId: takenSlotId }, 1, ALTERNATIVE_SLOTS);
    return Problems.slotTaken(detail, rows.map(toSlotResponse));
  }

  private async withAlternatives(error: unknown, takenSlotId: string, topic?: TConsultationTopic): Promise<unknown> {
    if (error instanceof ProblemException && error.problemType === PROBLEM_TYPES.slotTaken && !error.extensions) {
      return this.slotTaken(error.detail ?? 'This slot is no longer available.', takenSlotId, topic);
    }
    return error;
  }

  private assertBookable(slot: SlotRow | null, now: Date, topic: string): asserts slot is SlotRow {
    if (!slot || slot.withdrawnAt || slot.startsAt.getTime() <= now.getTime()) throw Problems.slotTaken('This slot is no longer available.');
    if (slot.bookings.length > 0) throw Problems.slotTaken('Someone else has booked this slot.');
    if (!slot.topics.includes(topic as never)) {
      throw Problems.validation([{ path: 'topic', code: 'custom', message: 'consultation.topic.notOffered' }]);
    }
  }

  /** Organisations until the cut-off before the start; the consultant and coordinators until the start. */
  private assertChangeable(booking: StaffBookingRow, standing: Standing, now: Date): void {
    if (booking.status !== 'booked') throw Problems.invalidTransition('The consultation is already cancelled.');
    if (booking.slot.startsAt.getTime() <= now.getTime()) throw Problems.invalidTransition('The consultation has already started.');
    if (standing === 'member' && changeDeadline(booking.slot.startsAt, this.settings.changeCutoffHours).getTime() < now.getTime()) {
      throw Problems.invalidTransition(`It can no longer be changed: changes are possible until ${this.settings.changeCutoffHours} h before it starts.`);
    }
  }

  private async load(principal: Principal, bookingId: string): Promise<{ booking: StaffBookingRow; standing: Standing }> {
    const booking = await this.repository.findBooking(bookingId);
    return { booking: booking!, standing: await this.standing(principal, booking) };
  }

  private async loadLocked(tx: Tx, principal: Principal, bookingId: string): Promise<{ booking: StaffBookingRow; standing: Standing }> {
    const booking = await this.repository.lockBooking(tx, bookingId);
    return { booking: booking!, standing: await this.standing(principal, booking) };
  }

  /** Staff: the slot's consultant and coordinators. Members: of the booking's organisation. Anyone else: 404. */
  private async standing(principal: Principal, booking: StaffBookingRow | null): Promise<Standing> {
    if (!booking) throw Problems.notFound();
    if (hasPermission(principal.roles, 'consultations:manage')) return 'staff';
    if (hasPermission(principal.roles, 'consultations:host') && booking.slot.consultantId === principal.id) return 'staff';
    if (hasPermission(principal.roles, 'consultations:book') && (await this.repository.isMember(booking.organisationId, principal.id))) return 'member';
    throw Problems.notFound();
  }
}
