import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import {
  APP_TIME_ZONE,
  hasPermission,
  slotStartInstants,
  ZPublishSlotsRequest,
  type TAgendaQuery,
  type TAgendaResponse,
  type TSlotListQuery,
  type TSlotListResponse,
} from '@kopa/shared';
import type { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { ResourceCentresRepository } from '../resource-centres';
import { ConsultationsRepository, isUniqueViolation, type SlotRow } from './consultations.repository';
import { toSlotResponse, toStaffBookingResponse } from './consultations.mapper';
import { ConsultationSettings } from './consultation-settings';

type PublishInput = z.output<typeof ZPublishSlotsRequest>;

/** Consultants' availability: publishing, the free-slot list, withdrawing, and their agenda. */
@Injectable()
export class ConsultationSlotsService {
  constructor(
    private readonly repository: ConsultationsRepository,
    private readonly centres: ResourceCentresRepository,
    private readonly clock: Clock,
    private readonly settings: ConsultationSettings,
  ) {}

  async publish(principal: Principal, input: PublishInput): Promise<SlotRow[]> {
    const now = this.clock.now();
    const starts = slotStartInstants(input.date, input.time, input.weeks);
    if (starts[0]!.getTime() <= now.getTime()) {
      throw Problems.validation([{ path: 'date', code: 'custom', message: 'consultation.slot.past' }]);
    }
    if (input.resourceCentreId && !(await this.centres.exists(input.resourceCentreId))) {
      throw Problems.validation([{ path: 'resourceCentreId', code: 'custom', message: 'consultation.centre.unknown' }]);
    }
    const seriesId = randomUUID();
    const slots = starts.map((startsAt) => ({
      seriesId,
      consultantId: principal.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.lengthMinutes * 60_000),
      mode: input.mode,
      resourceCentreId: input.mode === 'in_person' ? input.resourceCentreId : null,
      meetingUrl: input.mode === 'online' ? input.meetingUrl : null,
      phone: input.mode === 'phone' ? input.phone : null,
      topics: [...new Set(input.topics)],
    }));
    try {
      return await this.repository.transaction(async (tx) => {
        await this.repository.lockConsultant(tx, principal.id);
        const clashes = await this.repository.overlapping(tx, principal.id, slots);
        if (clashes.length > 0) {
          const at = clashes.map((instant) => DateTime.fromJSDate(instant).setZone(APP_TIME_ZONE).toFormat('yyyy-LL-dd HH:mm')).join(', ');
          throw Problems.conflict(`You already have a slot at ${at}.`, [{ path: 'date', code: 'custom', message: 'consultation.slot.overlap' }]);
        }
        return this.repository.createSlots(tx, slots);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw Problems.conflict('You already have a slot at that time.');
      throw error;
    }
  }

  async listFree(query: TSlotListQuery): Promise<TSlotListResponse> {
    const { rows, total } = await this.repository.freeSlots(
      { now: this.clock.now(), topic: query.topic, mode: query.mode, resourceCentreId: query.resourceCentreId },
      query.page,
      query.pageSize,
    );
    return { items: rows.map(toSlotResponse), total, page: query.page, pageSize: query.pageSize };
  }

  /** The consultant takes back a free slot; a booked one must be cancelled first (so the organisation hears of it). */
  async withdraw(principal: Principal, slotId: string): Promise<void> {
    await this.repository.transaction(async (tx) => {
      const slot = await this.repository.findSlot(slotId, tx);
      if (!slot || slot.withdrawnAt) throw Problems.notFound();
      if (slot.consultantId !== principal.id && !hasPermission(principal.roles, 'consultations:manage')) throw Problems.notFound();
      await this.repository.lockConsultant(tx, slot.consultantId);
      const fresh = await this.repository.findSlot(slotId, tx);
      if (fresh && fresh.bookings.length > 0) throw Problems.invalidTransition('The slot is booked: cancel the booking first.');
      await this.repository.withdrawSlot(tx, slotId, this.clock.now());
    });
  }

  /** Day or week agenda of the signed-in consultant, Riga days from `from`. */
  async agenda(principal: Principal, query: TAgendaQuery): Promise<TAgendaResponse> {
    const from = DateTime.fromISO(query.from, { zone: APP_TIME_ZONE }).startOf('day');
    if (!from.isValid) throw Problems.validation([{ path: 'from', code: 'custom', message: 'date' }]);
    const to = from.plus({ days: query.days });
    const rows = await this.repository.agenda(principal.id, from.toJSDate(), to.toJSDate());
    const cutoff = this.settings.changeCutoffHours;
    return {
      from: from.toUTC().toISO()!,
      to: to.toUTC().toISO()!,
      items: rows.map((row) => ({
        slot: toSlotResponse(row),
        booking: row.bookings[0] ? toStaffBookingResponse(row.bookings[0], cutoff) : null,
      })),
    };
  }
}
