import type { TestContext } from './test-app';
import { createMunicipalities, createUser } from './factories';
import { createOrganisation } from './organisation-factories';

let sequence = 0;

/** Everyone a consultation test needs: a consultant, a coordinator, two organisations with members, a centre. */
export async function createConsultationWorld(ctx: TestContext) {
  await createMunicipalities(ctx.prisma);
  const [consultant, otherConsultant, coordinator, member, otherMember, outsider, reviewer, admin] = await Promise.all([
    createUser(ctx.prisma, { roles: ['consultant'], displayName: 'Konsultante Ilze' }),
    createUser(ctx.prisma, { roles: ['consultant'] }),
    createUser(ctx.prisma, { roles: ['coordinator'] }),
    createUser(ctx.prisma, { roles: ['applicant'], displayName: 'Anna Bērziņa', locale: 'lv' }),
    createUser(ctx.prisma, { roles: ['applicant'], locale: 'en' }),
    createUser(ctx.prisma, { roles: ['applicant'] }),
    createUser(ctx.prisma, { roles: ['reviewer'] }),
    createUser(ctx.prisma, { roles: ['admin'] }),
  ]);
  const organisation = await createOrganisation(ctx.prisma, { owners: [member.id] });
  const otherOrganisation = await createOrganisation(ctx.prisma, { owners: [otherMember.id] });
  const centre = await ctx.prisma.resourceCentre.create({
    data: { nameLv: `Preiļu kopienas resursu centrs ${sequence++}-${Date.now()}`, municipalityCode: 'preili', address: 'Kooperatīvā iela 6, Preiļi', activitiesLv: 'podniecība' },
  });
  const as = (user: { id: string }) => ctx.client().signInAs(user.id);
  return { consultant, otherConsultant, coordinator, member, otherMember, outsider, reviewer, admin, organisation, otherOrganisation, centre, as };
}
export type ConsultationWorld = Awaited<ReturnType<typeof createConsultationWorld>>;

/** A publish request body for a Riga date and time; one-off unless weeks says otherwise. */
export function slotRequest(date: string, time: string, overrides: Record<string, unknown> = {}) {
  return {
    date,
    time,
    lengthMinutes: 60,
    weeks: 1,
    mode: 'online',
    meetingUrl: 'https://meet.example.org/kopa-konsultacija',
    topics: ['application_writing', 'budget'],
    ...overrides,
  };
}

export const QUESTION = 'Kā aprēķināt līdzfinansējumu mūsu projekta budžetā?';
