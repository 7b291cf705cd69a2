import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hash } from '@node-rs/argon2';
import { DateTime } from 'luxon';
import { ROLES, type TRole } from '@kopa/shared';
import type { OrganisationType, PrismaClient } from '../generated/prisma/client';
import { backfillRequestedCents } from './backfill-requested-cents';
import { seedDemoCallForm } from './demo-call-form';
import { DEMO_EVENT_TITLES_LV, seedDemoConsultationSlots, seedDemoEvents } from './demo-support';
import { DEMO_SEED_USER_AGENT } from './demo-client';
import { seedDemoFundedProjects } from './demo-projects';
import { seedDemoReviewingCall } from './demo-reviews';
import { seedDemoActivity } from './demo-activity';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Demo data for `pnpm db:seed`, reusable by tests. Every function is idempotent: rows are
 * found by their natural key and created when missing; a second run changes nothing.
 */

export const DEFAULT_DEMO_PASSWORD = 'kopa-demo-2026';
export const DEMO_EMAIL_DOMAIN = 'kopa.demo';
export const PROGRAMME_SLUG = 'darbigas-kopienas';
export const DEMO_CALL_CODE = 'DK';
const ZONE = 'Europe/Riga';

/** The repository's copy of the reference data (the same path from src/seed and dist/seed). */
export const LATGALE_DATA_PATH = resolve(__dirname, '../../../../prisma/seed/latgale.json');

export interface LatgaleData {
  municipalities: Array<{ code: string; name_lv: string; name_en: string; partner: boolean }>;
  resource_centres: Array<{
    name_lv: string;
    name_en?: string;
    municipality: string;
    address: string;
    activities_lv: string;
    activities_en?: string;
  }>;
  programme: { name_lv: string; name_en: string; implementer_lv: string; donor: string };
}

export function loadLatgaleData(path = LATGALE_DATA_PATH): LatgaleData {
  return JSON.parse(readFileSync(path, 'utf8')) as LatgaleData;
}

export async function seedReferenceData(prisma: PrismaClient, data: LatgaleData): Promise<void> {
  for (const m of data.municipalities) {
    const fields = { nameLv: m.name_lv, nameEn: m.name_en, partner: m.partner };
    await prisma.municipality.upsert({ where: { code: m.code }, create: { code: m.code, ...fields }, update: fields });
  }
  for (const rc of data.resource_centres) {
    const fields = {
      nameEn: rc.name_en ?? null,
      municipalityCode: rc.municipality,
      address: rc.address,
      activitiesLv: rc.activities_lv,
      activitiesEn: rc.activities_en ?? null,
    };
    await prisma.resourceCentre.upsert({
      where: { nameLv: rc.name_lv },
      create: { nameLv: rc.name_lv, ...fields },
      update: fields,
    });
  }
}

export async function seedProgramme(prisma: PrismaClient, data: LatgaleData) {
  const fields = {
    nameLv: data.programme.name_lv,
    nameEn: data.programme.name_en,
    implementerLv: data.programme.implementer_lv,
    donor: data.programme.donor,
  };
  return prisma.programme.upsert({
    where: { slug: PROGRAMME_SLUG },
    create: { slug: PROGRAMME_SLUG, ...fields },
    update: fields,
  });
}

export interface DemoAccount {
  role: TRole;
  email: string;
  displayName: string;
  /** False when the account already existed: its password was left as it was. */
  created: boolean;
}

const DISPLAY_NAMES: Record<TRole, string> = {
  applicant: 'Anna Bērziņa',
  reviewer: 'Rihards Vērtētājs',
  coordinator: 'Kristīne Koordinatore',
  consultant: 'Konstantīns Konsultants',
  admin: 'Aivars Administrators',
};

export const demoEmail = (role: TRole) => `${role}@${DEMO_EMAIL_DOMAIN}`;

/**
 * One e-mail-verified account per role. Existing accounts are not touched, so a password
 * somebody changed in the demo survives a re-seed.
 */
export async function seedDemoUsers(prisma: PrismaClient, password: string): Promise<DemoAccount[]> {
  let passwordHash: Promise<string> | undefined;
  const accounts: DemoAccount[] = [];
  for (const role of ROLES) {
    const email = demoEmail(role);
    const existing = await prisma.user.findUnique({ where: { email } });
    if (!existing) {
      await prisma.user.create({
        data: {
          email,
          displayName: DISPLAY_NAMES[role],
          passwordHash: await (passwordHash ??= hash(password)),
          roles: [role],
          locale: 'lv',
          emailVerifiedAt: new Date(),
        },
      });
    }
    accounts.push({ role, email, displayName: existing?.displayName ?? DISPLAY_NAMES[role], created: !existing });
  }
  return accounts;
}

export async function seedProgrammeStaff(prisma: PrismaClient, programmeId: string, email: string): Promise<void> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  await prisma.programmeStaff.upsert({
    where: { programmeId_userId: { programmeId, userId: user.id } },
    create: { programmeId, userId: user.id },
    update: {},
  });
}

const ELIGIBLE_TYPES: OrganisationType[] = ['association', 'foundation', 'school', 'informal_group'];

const OPEN_CALL_DESCRIPTION = {
  lv: [
    'Mazo grantu konkurss Latgales nevalstiskajām organizācijām, izglītības iestādēm un iedzīvotāju iniciatīvas grupām.',
    'Atbalstām kopīgas iniciatīvas, kas uzlabo dzīves telpu un stiprina sadarbību vietējā kopienā: talkas un vides labiekārtošanu, radošās darbnīcas kopienu resursu centros, skolu un vecāku kopīgus pasākumus, jauniešu un senioru sadarbības projektus.',
    'Viena projekta finansējums ir no 500 līdz 3000 eiro; projekta iesniedzējs nodrošina vismaz 10 % līdzfinansējumu (naudā vai brīvprātīgo darbā). Projektam jānorisinās kādā no programmas partneru pašvaldībām.',
    'Pirms pieteikuma iesniegšanas aicinām pieteikties bezmaksas konsultācijai.',
  ].join('\n\n'),
  en: [
    'A small-grant call for non-governmental organisations, schools and informal groups of residents in Latgale.',
    'We support joint initiatives that improve the shared living space and strengthen cooperation in the local community: clean-ups and improvements to public spaces, creative workshops in community resource centres, joint events of schools and parents, and projects that bring young and older people together.',
    'Awards range from EUR 500 to EUR 3,000 per project; the applicant contributes at least 10 % (in money or volunteer work). The project must take place in one of the programme\'s partner municipalities.',
    'Before applying, book a free consultation.',
  ].join('\n\n'),
};

const CLOSED_CALL_DESCRIPTION = {
  lv: 'Iepriekšējā gada mazo grantu konkursa kārta kopienu iniciatīvām Latgalē. Pieteikšanās ir slēgta.',
  en: "Last year's round of the small-grant call for community initiatives in Latgale. Applications are closed.",
};

/**
 * This year's open round and last year's closed one, both coded DK. A call has no natural
 * unique column, so (programme, code, Latvian title) identifies it; the year is in the title.
 */
export async function seedDemoCalls(
  prisma: PrismaClient,
  input: { programmeId: string; createdById: string; eligibleMunicipalityCodes: string[]; now?: Date },
) {
  const now = DateTime.fromJSDate(input.now ?? new Date()).setZone(ZONE);
  const year = now.year;
  const common = {
    programmeId: input.programmeId,
    code: DEMO_CALL_CODE,
    eligibleOrganisationTypes: ELIGIBLE_TYPES,
    eligibleMunicipalityCodes: input.eligibleMunicipalityCodes,
    budgetEnvelopeCents: 5_000_000n,
    minAwardCents: 50_000n,
    maxAwardCents: 300_000n,
    ownContributionPercent: 10,
    createdById: input.createdById,
  };
  const open = await findOrCreateCall(prisma, {
    ...common,
    titleLv: `Kopienu iniciatīvas Latgalē ${year}`,
    titleEn: `Community initiatives in Latgale ${year}`,
    descriptionLv: OPEN_CALL_DESCRIPTION.lv,
    descriptionEn: OPEN_CALL_DESCRIPTION.en,
    opensAt: now.minus({ weeks: 2 }).startOf('day').toJSDate(),
    closesAt: now.plus({ weeks: 6 }).endOf('day').set({ millisecond: 0, second: 0 }).toJSDate(),
    status: 'published',
  });
  const lastYear = DateTime.fromObject({ year: year - 1, month: 3, day: 1 }, { zone: ZONE });
  const closed = await findOrCreateCall(prisma, {
    ...common,
    budgetEnvelopeCents: 4_000_000n,
    titleLv: `Kopienu iniciatīvas Latgalē ${year - 1}`,
    titleEn: `Community initiatives in Latgale ${year - 1}`,
    descriptionLv: CLOSED_CALL_DESCRIPTION.lv,
    descriptionEn: CLOSED_CALL_DESCRIPTION.en,
    opensAt: lastYear.toJSDate(),
    closesAt: lastYear.set({ month: 4, day: 15 }).endOf('day').set({ millisecond: 0, second: 0 }).toJSDate(),
    status: 'closed',
  });
  return { open, closed };
}

/** The demo applicant's association, so a demo visitor can apply to the open call at once. */
export const DEMO_ORGANISATION = {
  type: 'association' as const,
  legalName: 'Biedrība „Kopā Preiļos”',
  registrationNumber: '40008312354',
  municipalityCode: 'preili',
  address: 'Raiņa bulvāris 19, Preiļi, LV-5301',
  contactEmail: 'applicant@kopa.demo',
  contactPhone: '+371 20000000',
  description: 'Vecāku un skolotāju biedrība, kas rīko kopienas talkas un darbnīcas Preiļos.',
};

export async function seedDemoOrganisation(prisma: PrismaClient, ownerId: string): Promise<void> {
  const organisation = await prisma.organisation.upsert({
    where: { registrationNumber: DEMO_ORGANISATION.registrationNumber },
    update: {},
    create: DEMO_ORGANISATION,
  });
  await prisma.organisationMember.upsert({
    where: { organisationId_userId: { organisationId: organisation.id, userId: ownerId } },
    update: {},
    create: { organisationId: organisation.id, userId: ownerId, role: 'owner' },
  });
}

async function findOrCreateCall(
  prisma: PrismaClient,
  data: Parameters<PrismaClient['call']['create']>[0]['data'] & { programmeId: string; code: string; titleLv: string },
) {
  const existing = await prisma.call.findFirst({
    where: { programmeId: data.programmeId, code: data.code, titleLv: data.titleLv },
  });
  return existing ?? prisma.call.create({ data });
}

export interface SeedResult {
  programmeId: string;
  accounts: DemoAccount[];
}

/** Everything `pnpm db:seed` loads. */
export async function seedDemo(
  prisma: PrismaClient,
  options: { password: string; data?: LatgaleData; now?: Date },
): Promise<SeedResult> {
  const data = options.data ?? loadLatgaleData();
  await seedReferenceData(prisma, data);
  const programme = await seedProgramme(prisma, data);
  const accounts = await seedDemoUsers(prisma, options.password);
  await seedProgrammeStaff(prisma, programme.id, demoEmail('coordinator'));
  const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail('coordinator') } });
  const calls = await seedDemoCalls(prisma, {
    programmeId: programme.id,
    createdById: coordinator.id,
    eligibleMunicipalityCodes: data.municipalities.filter((m) => m.partner).map((m) => m.code),
    now: options.now,
  });
  await seedDemoCallForm(prisma, calls.open.id, coordinator.id);
  const applicant = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail('applicant') } });
  await seedDemoOrganisation(prisma, applicant.id);
  const consultant = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail('consultant') } });
  await seedDemoEvents(prisma, { organiserId: consultant.id, now: options.now });
  await seedDemoConsultationSlots(prisma, { consultantId: consultant.id, now: options.now });
  await backfillRequestedCents(prisma);
  return { programmeId: programme.id, accounts };
}

/**
 * The demo's work in progress: last year's call decided, its funded projects in varied states,
 * and this autumn's call under review. It drives the real API in process, so it needs the app
 * (`main.ts` boots one on the same database) and a coordinator with two-step sign-in; like the
 * rest of the seed, a second run adds nothing.
 */
export async function seedDemoProjects(
  app: NestFastifyApplication,
  prisma: PrismaClient,
  options: { password: string; now?: Date },
): Promise<void> {
  const programme = await prisma.programme.findUniqueOrThrow({ where: { slug: PROGRAMME_SLUG } });
  const year = DateTime.fromJSDate(options.now ?? new Date()).setZone(ZONE).year;
  const lastYear = await prisma.call.findFirstOrThrow({
    where: { programmeId: programme.id, code: DEMO_CALL_CODE, titleLv: `Kopienu iniciatīvas Latgalē ${year - 1}` },
  });
  const user = (role: TRole) => prisma.user.findUniqueOrThrow({ where: { email: demoEmail(role) } });
  const applicant = await user('applicant');
  const coordinator = await user('coordinator');
  const reviewer = await user('reviewer');
  const organisation = await prisma.organisation.findUniqueOrThrow({ where: { registrationNumber: DEMO_ORGANISATION.registrationNumber } });
  await seedDemoFundedProjects(app, prisma, {
    callId: lastYear.id,
    coordinatorId: coordinator.id,
    reviewerId: reviewer.id,
    applicantId: applicant.id,
    applicantOrganisationId: organisation.id,
    password: options.password,
    now: options.now,
  });
  await seedDemoReviewingCall(app, prisma, {
    programmeId: programme.id,
    code: DEMO_CALL_CODE,
    coordinatorId: coordinator.id,
    reviewerId: reviewer.id,
    eligibleMunicipalityCodes: lastYear.eligibleMunicipalityCodes,
    now: options.now,
  });
  await seedDemoActivity(app, prisma, { consultantId: (await user('consultant')).id, eventTitlesLv: DEMO_EVENT_TITLES_LV, now: options.now });
  // The seed's own sessions were only for these requests: none is left behind.
  await prisma.session.deleteMany({ where: { userAgent: DEMO_SEED_USER_AGENT } });
}
