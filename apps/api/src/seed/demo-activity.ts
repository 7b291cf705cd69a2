import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TConsultationTopic, TParticipantGroup } from '@kopa/shared';
import { DateTime } from 'luxon';
import type { PrismaClient } from '../generated/prisma/client';
import { DemoClient } from './demo-client';

/**
 * The consultant's week and the events' lists: organisations book the demo consultant's free
 * times and their people register for the two upcoming events, through the app's routes (so
 * capacity, confirmation e-mails and audit rows are the app's). An organisation with a booking
 * still ahead books nothing more, and a registration is found by event and e-mail, so a second
 * run adds nothing.
 */

const ZONE = 'Europe/Riga';

const BOOKINGS: Array<{ organisation: string; hour: number; topic: TConsultationTopic; question: string }> = [
  {
    organisation: 'Biedrība „Kopā Preiļos”',
    hour: 10,
    topic: 'reporting',
    question: 'Koordinatore lūdza precizēt starpposma pārskatu. Kā pareizi saskaitīt brīvprātīgo stundas un vai jāpievieno stādu maiņas dienas fotoattēli?',
  },
  {
    organisation: 'Biedrība „Vārkavas kopiena”',
    hour: 14,
    topic: 'application_writing',
    question: 'Gatavojam pieteikumu nākamajai kārtai par gaismas vakariem muižas parkā. Vai varam to apspriest pirms iesniegšanas?',
  },
  {
    organisation: 'Biedrība „Daugavas krasts”',
    hour: 10,
    topic: 'budget',
    question: 'Līgums vēl nav parakstīts. Kā budžetā norādīt autobusa izmaksas, ja talku datumi vēl mainīsies?',
  },
];

const REGISTRANTS: Array<{ email: string; group: TParticipantGroup; events: number[] }> = [
  { email: 'applicant@kopa.demo', group: 'ngo_members', events: [0, 1] },
  { email: 'varkavas.biedriba@kopa.demo', group: 'ngo_members', events: [0, 1] },
  { email: 'ludzas.skola@kopa.demo', group: 'teachers', events: [0] },
  { email: 'daugavas.krasts@kopa.demo', group: 'ngo_members', events: [0, 1] },
  { email: 'aglonas.grupa@kopa.demo', group: 'seniors', events: [1] },
];

export async function seedDemoActivity(app: NestFastifyApplication, prisma: PrismaClient, input: { consultantId: string; eventTitlesLv: string[]; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const clients = new Map<string, DemoClient>();
  const clientOf = async (userId: string) => clients.get(userId) ?? clients.set(userId, await DemoClient.as(app, userId)).get(userId)!;

  for (const booking of BOOKINGS) {
    const organisation = await prisma.organisation.findFirst({
      where: { legalName: booking.organisation },
      include: { members: { where: { role: 'owner' }, orderBy: { createdAt: 'asc' }, take: 1 } },
    });
    const ownerId = organisation?.members[0]?.userId;
    if (!organisation || !ownerId) continue;
    const ahead = await prisma.consultationBooking.count({
      where: { organisationId: organisation.id, status: 'booked', slot: { consultantId: input.consultantId, startsAt: { gt: now } } },
    });
    if (ahead > 0) continue;
    const slots = await prisma.consultationSlot.findMany({
      where: { consultantId: input.consultantId, startsAt: { gt: now }, bookings: { none: { status: 'booked' } } },
      orderBy: { startsAt: 'asc' },
    });
    const slot = slots.find((candidate) => DateTime.fromJSDate(candidate.startsAt).setZone(ZONE).hour === booking.hour) ?? slots[0];
    if (!slot) continue;
    const client = await clientOf(ownerId);
    await client.post('/api/consultations/bookings', { slotId: slot.id, organisationId: organisation.id, topic: booking.topic, question: booking.question });
  }

  const events = await prisma.event.findMany({ where: { titleLv: { in: input.eventTitlesLv } } });
  const ordered = input.eventTitlesLv.map((title) => events.find((event) => event.titleLv === title));
  for (const registrant of REGISTRANTS) {
    const user = await prisma.user.findUnique({ where: { email: registrant.email } });
    if (!user) continue;
    for (const index of registrant.events) {
      const event = ordered[index];
      if (!event || (await prisma.eventRegistration.findFirst({ where: { eventId: event.id, email: user.email } }))) continue;
      const client = await clientOf(user.id);
      await client.post(`/api/events/${event.id}/registrations`, { participantGroup: registrant.group });
    }
  }
}
