import { Injectable } from '@nestjs/common';
import type { TConsultationMode, TConsultationTopic } from '@kopa/shared';
import { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

export const SLOT_INCLUDE = {
  consultant: { select: { id: true, displayName: true } },
  resourceCentre: { select: { id: true, nameLv: true, nameEn: true, address: true } },
  bookings: { where: { status: 'booked' }, select: { id: true } },
} satisfies Prisma.ConsultationSlotInclude;
export type SlotRow = Prisma.ConsultationSlotGetPayload<{ include: typeof SLOT_INCLUDE }>;

/** Everything the organisation may see; the private note is loaded only by staff queries. */
export const BOOKING_INCLUDE = {
  slot: { include: SLOT_INCLUDE },
  organisation: { select: { id: true, legalName: true } },
  contactUser: { select: { id: true, displayName: true, email: true, locale: true } },
} satisfies Prisma.ConsultationBookingInclude;
export type BookingRow = Prisma.ConsultationBookingGetPayload<{ include: typeof BOOKING_INCLUDE }>;

export const STAFF_BOOKING_INCLUDE = { ...BOOKING_INCLUDE, note: { select: { body: true } } } satisfies Prisma.ConsultationBookingInclude;
export type StaffBookingRow = Prisma.ConsultationBookingGetPayload<{ include: typeof STAFF_BOOKING_INCLUDE }>;

export interface SlotData {
  seriesId: string;
  consultantId: string;
  startsAt: Date;
  endsAt: Date;
  mode: TConsultationMode;
  resourceCentreId: string | null;
  meetingUrl: string | null;
  phone: string | null;
  topics: TConsultationTopic[];
}

export interface FreeSlotFilter {
  now: Date;
  topic?: TConsultationTopic;
  mode?: TConsultationMode;
  resourceCentreId?: string;
  excludeSlotId?: string;
}

@Injectable()
export class ConsultationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  /** Whether the consultant already has a live slot overlapping any of these intervals. */
  async overlapping(tx: Tx, consultantId: string, intervals: Array<{ startsAt: Date; endsAt: Date }>): Promise<Date[]> {
    const rows = await tx.consultationSlot.findMany({
      where: {
        consultantId,
        withdrawnAt: null,
        OR: intervals.map((interval) => ({ startsAt: { lt: interval.endsAt }, endsAt: { gt: interval.startsAt } })),
      },
      select: { startsAt: true },
      orderBy: { startsAt: 'asc' },
    });
    return rows.map((row) => row.startsAt);
  }

  /** Serialises publishing per consultant, so two requests at once cannot both pass the overlap check. */
  async lockConsultant(tx: Tx, consultantId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${consultantId}::uuid FOR UPDATE`;
  }

  async createSlots(tx: Tx, slots: SlotData[]): Promise<SlotRow[]> {
    await tx.consultationSlot.createMany({ data: slots });
    return tx.consultationSlot.findMany({
      where: { seriesId: slots[0]!.seriesId },
      include: SLOT_INCLUDE,
      orderBy: { startsAt: 'asc' },
    });
  }

  private freeWhere(filter: FreeSlotFilter): Prisma.ConsultationSlotWhereInput {
    return {
      startsAt: { gt: filter.now },
      withdrawnAt: null,
      bookings: { none: { status: 'booked' } },
      ...(filter.topic ? { topics: { has: filter.topic } } : {}),
      ...(filter.mode ? { mode: filter.mode } : {}),
      ...(filter.resourceCentreId ? { resourceCentreId: filter.resourceCentreId } : {}),
      ...(filter.excludeSlotId ? { id: { not: filter.excludeSlotId } } : {}),
    };
  }

  async freeSlots(filter: FreeSlotFilter, page: number, pageSize: number): Promise<{ rows: SlotRow[]; total: number }> {
    const where = this.freeWhere(filter);
    const [rows, total] = await Promise.all([
      this.prisma.consultationSlot.findMany({ where, include: SLOT_INCLUDE, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
      this.prisma.consultationSlot.count({ where }),
    ]);
    return { rows, total };
  }

  findSlot(id: string, tx: Tx | PrismaService = this.prisma): Promise<SlotRow | null> {
    return tx.consultationSlot.findUnique({ where: { id }, include: SLOT_INCLUDE });
  }

  async withdrawSlot(tx: Tx, id: string, now: Date): Promise<void> {
    await tx.consultationSlot.update({ where: { id }, data: { withdrawnAt: now } });
  }

  /** Fails with a unique violation (P2002) when someone holds the slot already. */
  createBooking(tx: Tx, data: Prisma.ConsultationBookingUncheckedCreateInput): Promise<BookingRow> {
    return tx.consultationBooking.create({ data: { ...data, activeSlotId: data.slotId }, include: BOOKING_INCLUDE });
  }

  findBooking(id: string): Promise<StaffBookingRow | null> {
    return this.prisma.consultationBooking.findUnique({ where: { id }, include: STAFF_BOOKING_INCLUDE });
  }

  /** Locks the booking row for the rest of the transaction (cancel, move and record wait for each other). */
  async lockBooking(tx: Tx, id: string): Promise<StaffBookingRow | null> {
    await tx.$queryRaw`SELECT id FROM "ConsultationBooking" WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.consultationBooking.findUnique({ where: { id }, include: STAFF_BOOKING_INCLUDE });
  }

  cancelBooking(tx: Tx, id: string, now: Date): Promise<BookingRow> {
    return tx.consultationBooking.update({
      where: { id },
      data: { status: 'cancelled', activeSlotId: null, cancelledAt: now, sequence: { increment: 1 } },
      include: BOOKING_INCLUDE,
    });
  }

  /** Fails with a unique violation (P2002) when the new slot is held already. */
  moveBooking(tx: Tx, id: string, slotId: string): Promise<BookingRow> {
    return tx.consultationBooking.update({
      where: { id },
      data: { slotId, activeSlotId: slotId, sequence: { increment: 1 }, reminderSentAt: null },
      include: BOOKING_INCLUDE,
    });
  }

  async recordSession(
    tx: Tx,
    id: string,
    now: Date,
    authorId: string,
    data: { attendance: 'attended' | 'no_show'; outcome: string | null; followUpActions: string | null; privateNotes: string | null },
  ): Promise<void> {
    await tx.consultationBooking.update({
      where: { id },
      data: { attendance: data.attendance, outcome: data.outcome, followUpActions: data.followUpActions, recordedAt: now },
    });
    if (data.privateNotes === null) await tx.consultationNote.deleteMany({ where: { bookingId: id } });
    else {
      await tx.consultationNote.upsert({
        where: { bookingId: id },
        create: { bookingId: id, body: data.privateNotes, authorId },
        update: { body: data.privateNotes, authorId },
      });
    }
  }

  bookingsOfOrganisation(organisationId: string, page: number, pageSize: number): Promise<{ rows: BookingRow[]; total: number }> {
    return this.pagedBookings({ organisationId }, page, pageSize);
  }

  /** Bookings of the organisations the user is a member of, newest sessions first. */
  bookingsOfMember(userId: string, page: number, pageSize: number): Promise<{ rows: BookingRow[]; total: number }> {
    return this.pagedBookings({ organisation: { members: { some: { userId } } } }, page, pageSize);
  }

  private async pagedBookings(where: Prisma.ConsultationBookingWhereInput, page: number, pageSize: number) {
    const [rows, total] = await Promise.all([
      this.prisma.consultationBooking.findMany({
        where,
        include: BOOKING_INCLUDE,
        orderBy: [{ slot: { startsAt: 'desc' } }, { id: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.consultationBooking.count({ where }),
    ]);
    return { rows, total };
  }

  /** A consultant's live slots in [from, to) with their current booking (staff view, notes included). */
  agenda(consultantId: string, from: Date, to: Date) {
    return this.prisma.consultationSlot.findMany({
      where: { consultantId, withdrawnAt: null, startsAt: { gte: from, lt: to } },
      include: { ...SLOT_INCLUDE, bookings: { where: { status: 'booked' }, include: STAFF_BOOKING_INCLUDE } },
      orderBy: { startsAt: 'asc' },
      take: 500,
    });
  }

  isMember(organisationId: string, userId: string): Promise<boolean> {
    return this.prisma.organisationMember.count({ where: { organisationId, userId } }).then((count) => count > 0);
  }

  /** Bookings starting within (now, until] whose reminder has not gone yet. */
  dueReminders(now: Date, until: Date, limit: number): Promise<Array<{ id: string }>> {
    return this.prisma.consultationBooking.findMany({
      where: { status: 'booked', reminderSentAt: null, slot: { startsAt: { gt: now, lte: until } } },
      select: { id: true },
      orderBy: { slot: { startsAt: 'asc' } },
      take: limit,
    });
  }

  /** Claims the reminder of one booking; false when another sweep claimed it first. */
  async claimReminder(tx: Tx, id: string, now: Date): Promise<boolean> {
    const { count } = await tx.consultationBooking.updateMany({ where: { id, status: 'booked', reminderSentAt: null }, data: { reminderSentAt: now } });
    return count === 1;
  }

  bookingInTx(tx: Tx, id: string): Promise<BookingRow | null> {
    return tx.consultationBooking.findUnique({ where: { id }, include: BOOKING_INCLUDE });
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function userContact(tx: Tx, id: string) {
  return tx.user.findUnique({ where: { id }, select: { id: true, email: true, displayName: true, locale: true } });
}
