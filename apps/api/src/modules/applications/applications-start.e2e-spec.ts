import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import {
  completeAnswers,
  createApplicationWorld,
  createCallWithApplicationForm,
  saveAnswers,
  startApplication,
  type ApplicationWorld,
} from '../../test/application-factories';

describe('Applications: starting, reading, the dashboard', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
  });

  afterAll(() => ctx.close());

  it('starts a draft on the latest form version, audited', async () => {
    await ctx.prisma.callForm.create({
      data: { callId: world.call.id, version: 2, definition: (await ctx.prisma.callForm.findFirstOrThrow({ where: { callId: world.call.id } })).definition as object },
    });
    const application = await startApplication(world);
    expect(application).toMatchObject({
      status: 'draft',
      formVersion: 2,
      referenceNumber: null,
      version: 1,
      answers: {},
      revisionCount: 0,
      openClarification: null,
      organisation: { id: world.organisation.id, myRole: 'owner' },
      call: { id: world.call.id, code: world.call.code, minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 },
      allowedActions: ['edit', 'submit', 'withdraw', 'delete'],
    });
    expect(application.editableQuestionIds).toContain('budget');
    expect(application.form.sections.length).toBeGreaterThan(0);
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: application.id } });
    expect(audit).toEqual([expect.objectContaining({ action: 'application.created', actorId: world.users.owner.id })]);
    await ctx.prisma.callForm.deleteMany({ where: { callId: world.call.id, version: 2 } });
    await ctx.prisma.application.delete({ where: { id: application.id } }).catch(() => undefined);
  });

  it('refuses to start for an organisation the caller is not a member of (404)', async () => {
    const response = await world.clients.outsider.post('/api/applications', { callId: world.call.id, organisationId: world.organisation.id });
    expect(response.status).toBe(404);
  });

  it('refuses calls that are not open now', async () => {
    const closed = await createCallWithApplicationForm(ctx.prisma, world.programme.id, {
      opensAt: new Date(Date.now() - 10 * 86_400_000),
      closesAt: new Date(Date.now() - 1000),
    });
    const future = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { opensAt: new Date(Date.now() + 86_400_000) });
    const manuallyClosed = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { status: 'closed' });
    for (const call of [closed, future, manuallyClosed]) {
      const response = await world.clients.owner.post('/api/applications', { callId: call.id, organisationId: world.organisation.id });
      expect(response.status).toBe(409);
      expect(response.body.type).toBe(PROBLEM_TYPES.invalidTransition);
    }
    const draft = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { status: 'draft' });
    expect((await world.clients.owner.post('/api/applications', { callId: draft.id, organisationId: world.organisation.id })).status).toBe(404);
  });

  it('explains why an organisation is not eligible', async () => {
    const schoolsOnly = await createCallWithApplicationForm(ctx.prisma, world.programme.id, {
      eligibleOrganisationTypes: ['school'],
      eligibleMunicipalityCodes: ['balvi'],
    });
    const response = await world.clients.owner.post('/api/applications', { callId: schoolsOnly.id, organisationId: world.organisation.id });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { message: string }) => error.message)).toEqual([
      'application.ineligible.organisationType',
      'application.ineligible.municipality',
    ]);
  });

  it('refuses a call without a form', async () => {
    const formless = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { form: null });
    const response = await world.clients.owner.post('/api/applications', { callId: formless.id, organisationId: world.organisation.id });
    expect(response.status).toBe(409);
  });

  it('lets every member read it, and staff of the programme (not another programme)', async () => {
    const application = await startApplication(world);
    const asMember = await world.clients.member.get(`/api/applications/${application.id}`);
    expect(asMember.status).toBe(200);
    expect(asMember.body.organisation.myRole).toBe('member');

    const asCoordinator = await world.clients.coordinator.get(`/api/applications/${application.id}`);
    expect(asCoordinator.status).toBe(200);
    expect(asCoordinator.body).toMatchObject({ editableQuestionIds: [], allowedActions: [], organisation: { myRole: null } });
    expect((await world.clients.admin.get(`/api/applications/${application.id}`)).status).toBe(200);
    expect((await world.clients.otherCoordinator.get(`/api/applications/${application.id}`)).status).toBe(404);
  });

  it('lists my applications for the dashboard with what needs action and the requested amount', async () => {
    const application = await startApplication(world, world.clients.member);
    await saveAnswers(world.clients.member, application, { budget: completeAnswers().budget! });
    const mine = await world.clients.member.get('/api/applications/mine');
    expect(mine.status).toBe(200);
    const item = mine.body.items.find((row: { id: string }) => row.id === application.id);
    expect(item).toMatchObject({
      status: 'draft',
      callCode: world.call.code,
      organisationName: 'Biedrība „Preiļu kopiena”',
      requestedCents: 99_000,
      needsAction: true,
      actionDueAt: world.call.closesAt.toISOString(),
    });
    const outsiders = await world.clients.outsider.get('/api/applications/mine');
    expect(outsiders.body.items).toEqual([]);
  });
  describe('the limit of applications per organisation in a call', () => {
    const start = (callId: string) => world.clients.owner.post('/api/applications', { callId, organisationId: world.organisation.id });

    it('allows one by default: a second start is refused with a clear problem, until the first is withdrawn', async () => {
      const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { maxApplicationsPerOrganisation: 1 });
      const first = await start(call.id);
      expect(first.status).toBe(201);

      const second = await start(call.id);
      expect(second.status).toBe(409);
      expect(second.headers['content-type']).toContain('application/problem+json');
      expect(second.body).toMatchObject({
        type: PROBLEM_TYPES.applicationLimitReached,
        detail: expect.stringContaining('at most 1 application'),
        errors: [{ path: 'callId', code: 'application_limit', message: '1' }],
      });
      expect(await ctx.prisma.application.count({ where: { callId: call.id } })).toBe(1);

      const withdrawn = await world.clients.owner.post(`/api/applications/${first.body.id}/withdraw`, { reason: 'Wrong project' });
      expect(withdrawn.status).toBe(200);
      const again = await start(call.id);
      expect(again.status).toBe(201);
      expect(again.body.id).not.toBe(first.body.id);
    });

    it('counts submitted applications, not only drafts, and follows the number the coordinator set', async () => {
      const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { maxApplicationsPerOrganisation: 2 });
      const first = await start(call.id);
      await ctx.prisma.application.update({ where: { id: first.body.id }, data: { status: 'submitted' } });
      expect((await start(call.id)).status).toBe(201);
      const third = await start(call.id);
      expect(third.status).toBe(409);
      expect(third.body.type).toBe(PROBLEM_TYPES.applicationLimitReached);
    });

    it('lets only one of two simultaneous starts take the last place', async () => {
      const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { maxApplicationsPerOrganisation: 1 });
      const answers = await Promise.all([start(call.id), start(call.id)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      expect(await ctx.prisma.application.count({ where: { callId: call.id } })).toBe(1);
    });
  });
});
