import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { hash, verify } from '@node-rs/argon2';
import { isValidLatvianRegistrationNumber, ROLES } from '@kopa/shared';
import { createApp } from '../app.factory';
import type { AppConfig } from '../config/env.schema';
import { createPrismaClient } from '../prisma/prisma.service';
import type { PrismaClient } from '../generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { testConfig } from '../test/test-app';
import { TestClient } from '../test/test-client';
import { deleteQueueKeys } from '../test/test-redis';
import { startTestSmtp, type TestMailbox } from '../test/test-smtp';
import { DEMO_GRANTEES } from './demo-projects';
import { DEFAULT_DEMO_TOTP_SECRET, seedDemoStaffTotp } from './demo-totp';
import { demoEmail, loadLatgaleData, PROGRAMME_SLUG, seedDemo, seedDemoProjects } from './seed';

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
    bookings: await prisma.consultationBooking.findMany({ orderBy: { createdAt: 'asc' } }),
    registrations: await prisma.eventRegistration.findMany({ orderBy: [{ eventId: 'asc' }, { email: 'asc' }] }),
    applications: await prisma.application.findMany({ orderBy: { referenceNumber: 'asc' } }),
    assignments: await prisma.reviewAssignment.findMany({ orderBy: [{ applicationId: 'asc' }, { reviewerId: 'asc' }], include: { scores: { orderBy: { criterionId: 'asc' } } } }),
    decisions: await prisma.decision.findMany({ orderBy: { applicationId: 'asc' } }),
    projects: await prisma.project.findMany({
      orderBy: { agreementNumber: 'asc' },
      include: {
        tranches: { orderBy: { position: 'asc' } },
        budgetLines: { orderBy: { position: 'asc' } },
        agreementDocuments: { orderBy: { createdAt: 'asc' } },
        expenses: { orderBy: { createdAt: 'asc' }, include: { receipts: true } },
        budgetChanges: { orderBy: { createdAt: 'asc' } },
        reports: { orderBy: { dueDate: 'asc' } },
      },
    }),
    auditRows: await prisma.auditLog.count(),
  };
  return JSON.parse(JSON.stringify(tables, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)));
}

describe('demo seed', () => {
  let database: TestDatabase;
  let mailbox: TestMailbox;
  let config: AppConfig;
  let app: NestFastifyApplication;
  let prisma: PrismaClient;

  /** What `pnpm db:seed` does under `pnpm start`: the data, the staff's second factor, then the work in progress through the app. */
  async function seedAll(password: string) {
    const result = await seedDemo(prisma, { password });
    await seedDemoStaffTotp(prisma, { cookieSecret: config.COOKIE_SECRET, secret: DEFAULT_DEMO_TOTP_SECRET });
    await seedDemoProjects(app, prisma, { password });
    return result;
  }

  const signedIn = async (role: (typeof ROLES)[number] | string) => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: role.includes('@') ? role : demoEmail(role as (typeof ROLES)[number]) } });
    return new TestClient(app).signInAs(user.id);
  };
  const projectTitled = (title: string) => prisma.project.findFirstOrThrow({ where: { application: { projectTitle: title } }, include: { tranches: { orderBy: { position: 'asc' } }, reports: true } });
  const title = (key: (typeof DEMO_GRANTEES)[number]['key']) => DEMO_GRANTEES.find((grantee) => grantee.key === key)!.title;

  beforeAll(async () => {
    database = await createTestDatabase();
    mailbox = await startTestSmtp();
    config = testConfig(database, mailbox, { WRITE_RATE_LIMIT_PER_MINUTE: '100000' });
    app = await createApp(config);
    await app.getHttpAdapter().getInstance().ready();
    prisma = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await app.close();
    await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
    await prisma.$disconnect();
    await mailbox.close();
    await database.drop();
  });

  it('loads the reference data, programme, accounts, calls and the work in progress; a second run changes nothing', async () => {
    const data = loadLatgaleData();
    await seedAll(PASSWORD);
    const first = await snapshot(prisma);

    expect(first.municipalities).toHaveLength(data.municipalities.length);
    expect(first.resourceCentres).toHaveLength(data.resource_centres.length);
    expect(first.programmes).toHaveLength(1);
    // One account per role, and the owners of the four other grantee organisations.
    expect(first.users).toHaveLength(ROLES.length + 4);
    expect(first.calls).toHaveLength(3);
    expect(first.events).toHaveLength(2);
    expect(first.consultationSlots).toHaveLength(6);
    expect(first.projects).toHaveLength(DEMO_GRANTEES.length);
    expect(first.applications).toHaveLength(DEMO_GRANTEES.length + 4);
    expect(first.bookings).toHaveLength(3);
    expect(first.registrations).toHaveLength(8);
    expect(await prisma.session.count()).toBe(0);

    const second = await seedAll('a-different-password');
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
    const numbers = (await prisma.organisation.findMany({ where: { registrationNumber: { not: null } } })).map((organisation) => organisation.registrationNumber!);
    expect(numbers.filter((number) => !isValidLatvianRegistrationNumber(number))).toEqual([]);
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

  it('has one open call accepting applications now, one closed and under review, and last year\'s decided', async () => {
    const now = new Date();
    const open = await prisma.call.findMany({ where: { status: 'published', opensAt: { lte: now }, closesAt: { gt: now } } });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ code: 'DK', minAwardCents: 50_000n, maxAwardCents: 300_000n, ownContributionPercent: 10 });
    expect(open[0].closesAt.getTime() - now.getTime()).toBeGreaterThan(5 * 7 * 24 * 3_600_000);

    const closed = await prisma.call.findMany({ where: { status: { in: ['closed', 'decided'] } }, orderBy: { closesAt: 'asc' } });
    expect(closed.map((call) => call.status)).toEqual(['decided', 'closed']);
    expect(closed.every((call) => call.closesAt.getTime() < now.getTime())).toBe(true);
    expect(closed[0]!.decidedAt).not.toBeNull();
  });

  it('funds last year\'s awards in the states of a real week, every total within the award', async () => {
    const states = await Promise.all(DEMO_GRANTEES.map(async (grantee) => (await projectTitled(grantee.title)).status));
    expect(states).toEqual(['active', 'active', 'active', 'agreement_pending', 'closed']);
    for (const project of await prisma.project.findMany({ include: { tranches: true, budgetLines: true, expenses: true } })) {
      const sum = (rows: Array<{ amountCents: bigint }>) => rows.reduce((total, row) => total + row.amountCents, 0n);
      expect(sum(project.tranches)).toBe(project.awardedCents);
      expect(sum(project.budgetLines)).toBeLessThanOrEqual(project.awardedCents);
      expect(sum(project.expenses)).toBeLessThanOrEqual(sum(project.budgetLines));
    }

    const greenhouse = await projectTitled(title('greenhouse'));
    expect(greenhouse.tranches.map((tranche) => tranche.status)).toEqual(['paid', 'planned']);
    expect(greenhouse.reports.find((report) => report.kind === 'interim')!.status).toBe('changes_requested');
    expect(await prisma.projectBudgetChange.findMany({ where: { projectId: greenhouse.id }, select: { status: true } })).toEqual([{ status: 'pending' }]);
    expect(await prisma.expenseReceipt.count({ where: { expense: { projectId: greenhouse.id } } })).toBe(3);

    expect((await projectTitled(title('winter'))).reports.find((report) => report.kind === 'interim')!.status).toBe('submitted');
    const workshops = await projectTitled(title('workshops'));
    expect(workshops.tranches.map((tranche) => tranche.status)).toEqual(['paid', 'paid']);
    expect(workshops.reports.map((report) => report.status)).toEqual(['approved', 'approved']);
    expect((await projectTitled(title('riverside'))).startDate).toBeNull();

    // History for the timelines: the app's own audit rows.
    const actions = (await prisma.auditLog.findMany({ where: { entityId: greenhouse.id }, select: { action: true } })).map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['project.create', 'project.agreement.issued', 'project.agreement.signed_copy_uploaded', 'project.activate', 'project.tranche.pay']));
  });

  it('shows the coordinator an overdue report and a payment to make; the stored files download', async () => {
    const coordinator = await signedIn('coordinator');
    const overdue = await coordinator.get('/api/reports/overdue');
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.map((item: { projectTitle?: string; agreementNumber?: string }) => item.agreementNumber)).toContain((await projectTitled(title('school_garden'))).agreementNumber);
    const payments = await coordinator.get('/api/projects/payments-due');
    expect(payments.status).toBe(200);
    expect(payments.body.total).toBeGreaterThanOrEqual(1);

    const greenhouse = await projectTitled(title('greenhouse'));
    const agreement = await coordinator.get(`/api/projects/${greenhouse.id}/agreement`);
    expect(agreement.body.signed).toHaveLength(1);
    const signed = await app.inject({ method: 'GET', url: `/api/projects/${greenhouse.id}/agreement/documents/${agreement.body.signed[0].id}/content`, headers: { cookie: `kopa_session=${coordinator.cookie('kopa_session')}` } });
    expect([signed.statusCode, signed.rawPayload.subarray(0, 5).toString()]).toEqual([200, '%PDF-']);

    const applicant = await signedIn('applicant');
    const expenses = await applicant.get(`/api/projects/${greenhouse.id}/expenses`);
    expect(expenses.body.items).toHaveLength(3);
    const [expense] = expenses.body.items;
    const receipt = await app.inject({ method: 'GET', url: `/api/projects/${greenhouse.id}/expenses/${expense.id}/receipts/${expense.receipts[0].id}`, headers: { cookie: `kopa_session=${applicant.cookie('kopa_session')}` } });
    expect([receipt.statusCode, receipt.rawPayload.subarray(0, 5).toString()]).toEqual([200, '%PDF-']);
  });

  it('gives the reviewer a call under review with scored, drafted and untouched assignments', async () => {
    const reviewer = await signedIn('reviewer');
    const assignments = await reviewer.get('/api/reviews/assignments');
    expect(assignments.status).toBe(200);
    const statuses = assignments.body.items.map((item: { status: string }) => item.status).sort();
    expect(statuses).toEqual(expect.arrayContaining(['in_progress', 'pending', 'submitted']));
    const underReview = await prisma.call.findFirstOrThrow({ where: { status: 'closed' } });
    const scored = await prisma.reviewScore.count({ where: { assignment: { callId: underReview.id, status: 'submitted' } } });
    expect(scored).toBe(4);
  });

  it('books the consultant\'s times and fills the events', async () => {
    const consultant = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail('consultant') } });
    const bookings = await prisma.consultationBooking.findMany({ where: { status: 'booked', slot: { consultantId: consultant.id, startsAt: { gt: new Date() } } } });
    expect(bookings).toHaveLength(3);
    const registrations = await prisma.eventRegistration.groupBy({ by: ['eventId'], where: { status: 'confirmed' }, _count: true });
    expect(registrations.map((row) => row._count).sort()).toEqual([4, 4]);
  });

  it('leaves a password the user changed alone', async () => {
    const email = demoEmail('applicant');
    await prisma.user.update({ where: { email }, data: { passwordHash: await hash('changed-by-the-user') } });
    await seedDemo(prisma, { password: PASSWORD });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    await expect(verify(user.passwordHash, 'changed-by-the-user')).resolves.toBe(true);
  });
});
