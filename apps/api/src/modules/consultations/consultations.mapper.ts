import type { TConsultationBooking, TConsultationBookingStaff, TConsultationSlot } from '@kopa/shared';
import type { BookingRow, SlotRow, StaffBookingRow } from './consultations.repository';

export function toSlotResponse(row: SlotRow): TConsultationSlot {
  return {
    id: row.id,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    mode: row.mode,
    topics: row.topics,
    consultant: { id: row.consultant.id, displayName: row.consultant.displayName },
    resourceCentre: row.resourceCentre
      ? { id: row.resourceCentre.id, nameLv: row.resourceCentre.nameLv, nameEn: row.resourceCentre.nameEn, address: row.resourceCentre.address }
      : null,
    booked: row.bookings.length > 0,
  };
}

/** The organisation's view: built field by field, so the private note can never slip in. */
export function toBookingResponse(row: BookingRow, changeCutoffHours: number): TConsultationBooking {
  return {
    id: row.id,
    status: row.status,
    topic: row.topic,
    question: row.question,
    organisation: { id: row.organisation.id, name: row.organisation.legalName },
    contact: { id: row.contactUser.id, displayName: row.contactUser.displayName },
    slot: toSlotResponse(row.slot),
    meetingUrl: row.slot.meetingUrl,
    phone: row.slot.phone,
    attendance: row.attendance,
    outcome: row.outcome,
    followUpActions: row.followUpActions,
    recordedAt: row.recordedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    changeableUntil: changeDeadline(row.slot.startsAt, changeCutoffHours).toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

export function toStaffBookingResponse(row: StaffBookingRow, changeCutoffHours: number): TConsultationBookingStaff {
  return { ...toBookingResponse(row, changeCutoffHours), privateNotes: row.note?.body ?? null };
}

/** The last moment an organisation may cancel or move a consultation. */
export function changeDeadline(startsAt: Date, cutoffHours: number): Date {
  return new Date(startsAt.getTime() - cutoffHours * 3_600_000);
}
