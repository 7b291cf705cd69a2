import type { PrismaClient } from '../generated/prisma/client';
import { createMunicipalities, createUser } from './factories';

const HOUR = 3_600_000;

/** A valid create-event request body starting `startsInHours` from now; override what the test is about. */
export function eventRequest(overrides: Record<string, unknown> = {}, startsInHours = 72) {
  const startsAt = new Date(Date.now() + startsInHours * HOUR);
  return {
    type: 'seminar',
    titleLv: 'Kopienu līderu seminārs Preiļos',
    titleEn: 'Community leaders seminar in Preiļi',
    descriptionLv: 'Seminārs par iedzīvotāju iesaisti.',
    descriptionEn: 'A seminar on engaging residents.',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 4 * HOUR).toISOString(),
    municipalityCode: 'preili',
    address: 'Raiņa bulvāris 28, Preiļi',
    capacity: 20,
    registrationDeadline: new Date(startsAt.getTime() - 2 * HOUR).toISOString(),
    targetGroups: ['teachers', 'ngo_members'],
    ...overrides,
  };
}

/** An event straight in the database, organised by `organiserId`. */
export async function createEvent(prisma: PrismaClient, organiserId: string, overrides: { capacity?: number; startsAt?: Date; hours?: number; type?: 'seminar' | 'workshop' | 'training' | 'symposium' | 'community_event'; municipalityCode?: string; titleLv?: string } = {}) {
  await createMunicipalities(prisma);
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 72 * HOUR);
  return prisma.event.create({
    data: {
      type: overrides.type ?? 'workshop',
      titleLv: overrides.titleLv ?? 'Darbnīca „Kopienas ūdeņi”',
      titleEn: 'Workshop “Community waters”',
      descriptionLv: 'Apraksts',
      descriptionEn: 'Description',
      startsAt,
      endsAt: new Date(startsAt.getTime() + (overrides.hours ?? 3) * HOUR),
      municipalityCode: overrides.municipalityCode ?? 'preili',
      address: 'Raiņa bulvāris 28',
      capacity: overrides.capacity ?? 10,
      registrationDeadline: new Date(startsAt.getTime() - HOUR),
      targetGroups: ['teachers'],
      organiserId,
    },
  });
}

/** The people of the events tests: an organising consultant, another consultant, a coordinator, an applicant. */
export async function createEventPeople(prisma: PrismaClient) {
  const [organiser, otherConsultant, coordinator, applicant, reviewer, admin] = await Promise.all([
    createUser(prisma, { roles: ['consultant'], displayName: 'Konsultante Līga' }),
    createUser(prisma, { roles: ['consultant'] }),
    createUser(prisma, { roles: ['coordinator'] }),
    createUser(prisma, { roles: ['applicant'], displayName: 'Ērika Ķēniņa' }),
    createUser(prisma, { roles: ['reviewer'] }),
    createUser(prisma, { roles: ['admin'] }),
  ]);
  return { organiser, otherConsultant, coordinator, applicant, reviewer, admin };
}
