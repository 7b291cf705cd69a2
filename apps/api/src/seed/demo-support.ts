import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { PrismaClient } from '../generated/prisma/client';

const ZONE = 'Europe/Riga';
const DEMO_MEETING_URL = 'https://meet.jit.si/kopa-demo-konsultacija';

/** A Riga wall-clock time `days` days from `now` (weekends moved to Monday). */
function rigaDay(now: Date, days: number, hour: number): DateTime {
  let day = DateTime.fromJSDate(now).setZone(ZONE).plus({ days }).set({ hour, minute: 0, second: 0, millisecond: 0 });
  while (day.weekday > 5) day = day.plus({ days: 1 });
  return day;
}

/** The Latvian titles of the demo events (their natural key), in order. */
export const DEMO_EVENT_TITLES_LV = ['Kā uzrakstīt labu projekta pieteikumu', 'Kopienu talka un sarunu vakars'];

/**
 * Two upcoming events organised by the demo consultant, at the first two resource centres, so
 * the public event list and the check-in have something to show. An event is found by its
 * Latvian title: a second run adds nothing.
 */
export async function seedDemoEvents(prisma: PrismaClient, input: { organiserId: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const centres = await prisma.resourceCentre.findMany({ orderBy: { nameLv: 'asc' }, take: 2 });
  const events = [
    {
      type: 'seminar' as const,
      titleLv: 'Kā uzrakstīt labu projekta pieteikumu',
      titleEn: 'How to write a good project application',
      descriptionLv: 'Praktisks seminārs par mazo grantu konkursa pieteikumu: mērķi, aktivitātes, budžets un līdzfinansējums. Līdzi var ņemt savu projekta ideju.',
      descriptionEn: 'A practical seminar on the small-grant application: aims, activities, budget and own contribution. Bring your own project idea.',
      start: rigaDay(now, 21, 10),
      hours: 4,
      capacity: 20,
      targetGroups: ['ngo_members' as const, 'teachers' as const],
      centre: centres[0],
    },
    {
      type: 'community_event' as const,
      titleLv: 'Kopienu talka un sarunu vakars',
      titleEn: 'Community clean-up and evening of conversations',
      descriptionLv: 'Talka resursu centra apkārtnē un pēc tam saruna par nākamā gada kopienu iniciatīvām. Aicināti vecāki, jaunieši un seniori.',
      descriptionEn: 'A clean-up around the resource centre, then a conversation about next year’s community initiatives. Parents, young people and seniors are welcome.',
      start: rigaDay(now, 35, 11),
      hours: 3,
      capacity: 40,
      targetGroups: ['parents' as const, 'children_youth' as const, 'seniors' as const],
      centre: centres[1] ?? centres[0],
    },
  ];
  for (const event of events) {
    if (await prisma.event.findFirst({ where: { titleLv: event.titleLv } })) continue;
    await prisma.event.create({
      data: {
        type: event.type,
        titleLv: event.titleLv,
        titleEn: event.titleEn,
        descriptionLv: event.descriptionLv,
        descriptionEn: event.descriptionEn,
        startsAt: event.start.toJSDate(),
        endsAt: event.start.plus({ hours: event.hours }).toJSDate(),
        resourceCentreId: event.centre?.id ?? null,
        municipalityCode: event.centre?.municipalityCode ?? null,
        address: event.centre?.address ?? null,
        capacity: event.capacity,
        registrationDeadline: event.start.minus({ days: 2 }).toJSDate(),
        targetGroups: event.targetGroups,
        organiserId: input.organiserId,
      },
    });
  }
}

/**
 * The demo consultant’s free times for the next three working days: 10:00 in person at the first
 * resource centre, 14:00 online, an hour each. Slots are unique per consultant and start, so a
 * second run adds only the days that have come into the window since.
 */
export async function seedDemoConsultationSlots(prisma: PrismaClient, input: { consultantId: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const centre = await prisma.resourceCentre.findFirst({ orderBy: { nameLv: 'asc' } });
  const starts = new Map<string, DateTime>();
  for (let days = 1; starts.size < 6; days++) {
    for (const hour of [10, 14]) {
      const start = rigaDay(now, days, hour);
      starts.set(start.toISO()!, start);
    }
  }
  await prisma.consultationSlot.createMany({
    skipDuplicates: true,
    data: [...starts.values()].map((start) => {
      const inPerson = start.hour === 10 && centre !== null;
      return {
        seriesId: randomUUID(),
        consultantId: input.consultantId,
        startsAt: start.toJSDate(),
        endsAt: start.plus({ hours: 1 }).toJSDate(),
        mode: inPerson ? ('in_person' as const) : ('online' as const),
        resourceCentreId: inPerson ? centre!.id : null,
        meetingUrl: inPerson ? null : DEMO_MEETING_URL,
        topics: ['application_writing' as const, 'budget' as const, 'reporting' as const, 'community_engagement' as const, 'other' as const],
      };
    }),
  });
}
