import { Injectable } from '@nestjs/common';
import type { TEventAttendeeQuery, TEventListQuery, TParticipantGroup } from '@kopa/shared';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

type Db = PrismaService | Tx;

export const eventInclude = {
  municipality: true,
  resourceCentre: { include: { municipality: true } },
  organiser: { select: { id: true, displayName: true } },
  _count: { select: { registrations: { where: { status: 'confirmed' } } } },
} satisfies Prisma.EventInclude;
export type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

/** Events and their registrations; every list is paged, filtered and sorted here, in SQL. */
@Injectable()
export class EventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async list(query: TEventListQuery, now: Date): Promise<{ items: EventRow[]; total: number }> {
    const where: Prisma.EventWhereInput = {
      ...(query.type ? { type: query.type } : {}),
      ...(query.municipality ? { municipalityCode: query.municipality } : {}),
      ...(query.resourceCentreId ? { resourceCentreId: query.resourceCentreId } : {}),
      ...(query.when === 'upcoming' ? { endsAt: { gte: now } } : { endsAt: { lt: now } }),
    };
    const order: Prisma.SortOrder = query.when === 'upcoming' ? 'asc' : 'desc';
    const [items, total] = await Promise.all([
      this.prisma.event.findMany({
        where,
        include: eventInclude,
        orderBy: [{ startsAt: order }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.event.count({ where }),
    ]);
    return { items, total };
  }

  find(id: string, db: Db = this.prisma): Promise<EventRow | null> {
    return db.event.findUnique({ where: { id }, include: eventInclude });
  }

  /** Serialises every change to the event's places (registration, confirmation, cancellation). */
  async lock(tx: Tx, id: string): Promise<EventRow | null> {
    await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${id}::uuid FOR UPDATE`;
    return this.find(id, tx);
  }

  countConfirmed(tx: Tx, eventId: string): Promise<number> {
    return tx.eventRegistration.count({ where: { eventId, status: 'confirmed' } });
  }

  countWaitlisted(eventId: string, db: Db = this.prisma): Promise<number> {
    return db.eventRegistration.count({ where: { eventId, status: 'waitlisted' } });
  }

  /** The first in the queue: earliest `queuedAt`, then id for a stable order. */
  firstWaitlisted(tx: Tx, eventId: string) {
    return tx.eventRegistration.findFirst({ where: { eventId, status: 'waitlisted' }, orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }] });
  }

  findRegistration(id: string, db: Db = this.prisma) {
    return db.eventRegistration.findUnique({ where: { id } });
  }

  findRegistrationByEmail(tx: Tx, eventId: string, email: string) {
    return tx.eventRegistration.findUnique({ where: { eventId_email: { eventId, email } } });
  }

  findUserRegistration(eventId: string, userId: string, db: Db = this.prisma) {
    return db.eventRegistration.findFirst({ where: { eventId, userId, status: { not: 'cancelled' } } });
  }

  /** Registrations made with this address since `since`, across events (the per-address limit). */
  countRecentByEmail(tx: Tx, email: string, since: Date): Promise<number> {
    return tx.eventRegistration.count({ where: { email, updatedAt: { gte: since }, userId: null } });
  }

  async attendees(eventId: string, query: TEventAttendeeQuery) {
    const where: Prisma.EventRegistrationWhereInput = {
      eventId,
      status: 'confirmed',
      ...(query.q ? { name: { contains: query.q, mode: 'insensitive' } } : {}),
    };
    const [items, total, groups, waitlisted] = await Promise.all([
      this.prisma.eventRegistration.findMany({
        where,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.eventRegistration.count({ where }),
      this.groupCounts(eventId),
      this.countWaitlisted(eventId),
    ]);
    return { items, total, groups, waitlisted };
  }

  /** Confirmed places and check-ins by participant group, counted in SQL. */
  async groupCounts(eventId: string): Promise<Array<{ group: TParticipantGroup; registered: number; checkedIn: number }>> {
    const rows = await this.prisma.$queryRaw<Array<{ group: TParticipantGroup; registered: bigint; checked_in: bigint }>>`
      SELECT "participantGroup"::text AS "group", count(*) AS registered, count("checkedInAt") AS checked_in
      FROM "EventRegistration" WHERE "eventId" = ${eventId}::uuid AND status = 'confirmed'
      GROUP BY "participantGroup"`;
    return rows.map((row) => ({ group: row.group, registered: Number(row.registered), checkedIn: Number(row.checked_in) }));
  }

  /** One account's registrations (not cancelled ones): upcoming soonest first, past latest first. */
  async registrationsOfUser(userId: string, when: 'upcoming' | 'past', now: Date, page: number, pageSize: number) {
    const where: Prisma.EventRegistrationWhereInput = {
      userId,
      status: { not: 'cancelled' },
      event: when === 'upcoming' ? { endsAt: { gte: now } } : { endsAt: { lt: now } },
    };
    const order: Prisma.SortOrder = when === 'upcoming' ? 'asc' : 'desc';
    const [items, total] = await Promise.all([
      this.prisma.eventRegistration.findMany({
        where,
        include: { event: { include: eventInclude } },
        orderBy: [{ event: { startsAt: order } }, { id: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.eventRegistration.count({ where }),
    ]);
    return { items, total };
  }

  /** People checked in at events that ended within (from, to] whose certificate link has not been e-mailed. */
  dueCertificates(tx: Tx, from: Date, to: Date, limit: number) {
    return tx.eventRegistration.findMany({
      where: { status: 'confirmed', checkedInAt: { not: null }, certificateSentAt: null, event: { endsAt: { gt: from, lte: to } } },
      include: { event: { include: eventInclude } },
      orderBy: { id: 'asc' },
      take: limit,
    });
  }

  /** Confirmed registrations of events starting within (from, to] that have had no reminder yet. */
  dueReminders(tx: Tx, from: Date, to: Date, limit: number) {
    return tx.eventRegistration.findMany({
      where: { status: 'confirmed', reminderSentAt: null, event: { startsAt: { gt: from, lte: to } } },
      include: { event: { include: eventInclude } },
      orderBy: { id: 'asc' },
      take: limit,
    });
  }
}
