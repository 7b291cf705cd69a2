import { hash, verify } from '@node-rs/argon2';
import { isValidLatvianRegistrationNumber, ROLES } from '@kopa/shared';
import { createPrismaClient } from '../prisma/prisma.service';
import type { PrismaClient } from '../generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { demoEmail, loadLatgaleData, PROGRAMME_SLUG, seedDemo } from './seed';

const PASSWORD = 'seed-spec-password';

/** Every seeded table, row by row, in a stable order: what "changes nothing" is checked against. */
async function snapshot(prisma: PrismaClient) {
  const tables = {
    municipalities: await prisma.municipality.findMany({ orderBy: { code: 'asc' } }),
    resourceCentres: await prisma.resourceCentre.findMany({ orderBy: { nameLv: 'asc' } }),
    programmes: await prisma.programme.findMany({ orderBy: { slug: 'asc' } }),
    users: await prisma.user.findMany({ orderBy: { email: 'asc' } }),
    staff: await prisma.programmeStaff.findMany({ orderBy: { userId: 'asc' } }),
    calls: await prisma.call.findMany({ orderBy: { closesAt: 'asc' } }),
    organisations: await prisma.organisation.findMany({ orderBy: { legalName: 'asc' } }),
    members: await prisma.organisationMember.findMany({ orderBy: { userId: 'asc' } }),
    events: await prisma.event.findMany({ orderBy: { startsAt: 'asc' } }),
    consultationSlots: await prisma.consultationSlot.findMany({ orderBy: { startsAt: 'asc' }, omit: { seriesId: true } }),
  };
  return JSON.parse(JSON.stringify(tables, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)));
}

describe('demo seed', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await database.drop();
  });

  it('loads the reference data, programme, one account per role and two calls; a second run changes nothing', async () => {
    const data = loadLatgaleData();
    await seedDemo(prisma, { password: PASSWORD });
    const first = await snapshot(prisma);

    expect(first.municipalities).toHaveLength(data.municipalities.length);
    expect(first.resourceCentres).toHaveLength(data.resource_centres.length);
    expect(first.programmes).toHaveLength(1);
    expect(first.users).toHaveLength(ROLES.length);
    expect(first.calls).toHaveLength(2);
    expect(first.events).toHaveLength(2);
    expect(first.consultationSlots).toHaveLength(6);

    const second = await seedDemo(prisma, { password: 'a-different-password' });
    expect(await snapshot(prisma)).toEqual(first);
    expect(second.accounts.every((account) => !account.created)).toBe(true);
  });

  it('gives the demo applicant an eligible organisation they own, so they can apply at once', async () => {
    const applicant = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail('applicant') } });
    const membership = await prisma.organisationMember.findFirstOrThrow({ where: { userId: applicant.id }, include: { organisation: true } });
    expect(membership.role).toBe('owner');
    const open = await prisma.call.findFirstOrThrow({ where: { status: 'published' } });
    expect(open.eligibleOrganisationTypes).toContain(membership.organisation.type);
    expect(open.eligibleMunicipalityCodes).toContain(membership.organisation.municipalityCode);
    expect(isValidLatvianRegistrationNumber(membership.organisation.registrationNumber!)).toBe(true);
  });

  it.each(ROLES)('has a verified %s account that signs in with the seed password', async (role) => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail(role) } });
    expect(user.roles).toContain(role);
    expect(user.emailVerifiedAt).not.toBeNull();
    await expect(verify(user.passwordHash, PASSWORD)).resolves.toBe(true);
  });

  it('makes the coordinator staff of the programme', async () => {
    const programme = await prisma.programme.findUniqueOrThrow({
      where: { slug: PROGRAMME_SLUG },
      include: { staff: { include: { user: true } } },
    });
    expect(programme.nameEn).toBe('Active Communities');
    expect(programme.staff.map((s) => s.user.email)).toEqual([demoEmail('coordinator')]);
  });

  it('has one open call accepting applications now and one closed call from last year', async () => {
    const now = new Date();
    const open = await prisma.call.findMany({ where: { status: 'published', opensAt: { lte: now }, closesAt: { gt: now } } });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ code: 'DK', minAwardCents: 50_000n, maxAwardCents: 300_000n, ownContributionPercent: 10 });
    expect(open[0].closesAt.getTime() - now.getTime()).toBeGreaterThan(5 * 7 * 24 * 3_600_000);

    const closed = await prisma.call.findMany({ where: { status: 'closed' } });
    expect(closed).toHaveLength(1);
    expect(closed[0].closesAt.getTime()).toBeLessThan(now.getTime());
  });

  it('leaves a password the user changed alone', async () => {
    const email = demoEmail('applicant');
    await prisma.user.update({ where: { email }, data: { passwordHash: await hash('changed-by-the-user') } });
    await seedDemo(prisma, { password: PASSWORD });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    await expect(verify(user.passwordHash, 'changed-by-the-user')).resolves.toBe(true);
  });
});
