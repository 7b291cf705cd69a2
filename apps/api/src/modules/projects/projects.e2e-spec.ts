import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { SAMPLE_FILES, uploadFile } from '../../test/attachment-factories';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../test/decision-factories';

const rigaYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Riga', year: 'numeric' }).format(new Date()));

describe('Funded projects: created from awards, agreement data, tranches and the project workflow', () => {
  let ctx: TestContext;
  let world: DecisionWorld;
  let coordinator: TestClient;
  let firstId: string;
  let secondId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
    coordinator = world.clients.coordinator;
    const apps = [];
    for (const title of ['Kopienas dārzs', 'Lasītava', 'Skrējiens']) apps.push((await reviewedApplication(ctx, world, { projectTitle: title })).application);
    const decide = (id: string, body: object) => coordinator.post(`/api/applications/${id}/decision`, body);
    expect((await decide(apps[0]!.id, { kind: 'award', amountCents: 250_000, rationale: 'Spēcīga ietekme.' })).status).toBe(200);
    expect((await decide(apps[1]!.id, { kind: 'award', amountCents: 100_001, rationale: 'Samazināts apmērs.' })).status).toBe(200);
    expect((await decide(apps[2]!.id, { kind: 'reject', rationale: 'Zems vērtējums.' })).status).toBe(200);
    expect(await ctx.prisma.project.count()).toBe(0);
    expect((await coordinator.post(`/api/calls/${world.call.id}/letters/send`)).status).toBe(200);
  }, 120_000);
  afterAll(() => ctx.close());

  it('creates one project per award when the letters go out, numbered in reference order, with an 80/20 schedule', async () => {
    const list = await coordinator.get(`/api/calls/${world.call.id}/projects`);
    expect(list.status).toBe(200);
    const year = rigaYear();
    expect(list.body.items.map((item: { agreementNumber: string; projectTitle: string; awardedCents: number }) => [item.agreementNumber, item.projectTitle, item.awardedCents])).toEqual([
      [`${world.call.code}-${year}-L001`, 'Kopienas dārzs', 250_000],
      [`${world.call.code}-${year}-L002`, 'Lasītava', 100_001],
    ]);
    expect(list.body.totals).toEqual({ awardedCents: 350_001, paidCents: 0, outstandingCents: 350_001 });
    [firstId, secondId] = list.body.items.map((item: { id: string }) => item.id);

    const second = await coordinator.get(`/api/projects/${secondId}`);
    expect(second.body.tranches.map((t: { amountCents: number; condition: string; status: string }) => [t.amountCents, t.condition, t.status])).toEqual([
      [80_000, 'agreement_signed', 'planned'],
      [20_001, 'final_report_approved', 'planned'],
    ]);
    expect(second.body).toMatchObject({ status: 'agreement_pending', contactName: 'Anna Īpašniece', viewer: 'staff' });
    expect(await ctx.prisma.auditLog.count({ where: { action: 'project.create' } })).toBe(2);
  });

  it('sending the letters again creates nothing more', async () => {
    await coordinator.post(`/api/calls/${world.call.id}/letters/send`);
    expect(await ctx.prisma.project.count()).toBe(2);
  });

  it('filters and pages the list in SQL', async () => {
    const page = await coordinator.get(`/api/calls/${world.call.id}/projects?pageSize=1&page=2&sort=awarded&order=desc`);
    expect([page.body.total, page.body.items.map((item: { awardedCents: number }) => item.awardedCents)]).toEqual([2, [100_001]]);
    const none = await coordinator.get(`/api/calls/${world.call.id}/projects?status=active`);
    expect([none.body.total, none.body.items]).toEqual([0, []]);
    expect((await coordinator.get(`/api/calls/${world.call.id}/projects?pageSize=1000`)).status).toBe(400);
  });

  it('shows grantees their organisation’s projects, read-only, and nobody else’s', async () => {
    const mine = await world.clients.member.get('/api/projects/mine');
    expect([mine.body.total, mine.body.totals]).toEqual([2, null]);
    const detail = await world.clients.member.get(`/api/projects/${firstId}`);
    expect(detail.body).toMatchObject({ viewer: 'member', actions: [], contactCandidates: [] });
    expect(detail.body.tranches.every((tranche: { allowedActions: string[] }) => tranche.allowedActions.length === 0)).toBe(true);
    expect((await world.clients.outsider.get('/api/projects/mine')).body.total).toBe(0);
  });

  it('refuses the wrong role and the wrong organisation or programme on every route', async () => {
    const routes: Array<[string, string, unknown?]> = [
      ['GET', `/api/calls/${world.call.id}/projects`],
      ['GET', `/api/projects/${firstId}`],
      ['PATCH', `/api/projects/${firstId}`, { version: 1, startDate: '2027-01-01' }],
      ['POST', `/api/projects/${firstId}/transitions`, { version: 1, action: 'terminate', reason: 'x' }],
      ['PUT', `/api/projects/${firstId}/tranches`, { version: 1, planned: [] }],
    ];
    const statusOf = async (client: TestClient, [method, url, body]: [string, string, unknown?]) =>
      (await client.request(method as 'GET', url, body)).status;
    for (const route of routes) {
      expect([route[1], await statusOf(world.clients.anonymous, route)]).toEqual([route[1], 401]);
      expect([route[1], await statusOf(world.clients.reviewer, route)]).toEqual([route[1], 403]);
      expect([route[1], await statusOf(world.clients.admin, route)]).toEqual([route[1], 403]);
      expect([route[1], await statusOf(world.clients.otherCoordinator, route)]).toEqual([route[1], 404]);
    }
    // Grantees read their own project only; they change nothing.
    expect(await statusOf(world.clients.outsider, routes[1]!)).toBe(404);
    for (const route of [routes[0]!, ...routes.slice(2)]) expect([route[1], await statusOf(world.clients.owner, route)]).toEqual([route[1], 403]);
    expect((await ctx.prisma.project.findUniqueOrThrow({ where: { id: firstId } })).version).toBe(1);
  });

  it('activates only once both sides signed, the signed copy is uploaded and the period is set; the contact must be a member', async () => {
    const move = (body: object) => coordinator.post(`/api/projects/${firstId}/transitions`, body);
    const early = await move({ version: 1, action: 'activate' });
    expect([early.status, early.body.detail]).toEqual([409, expect.stringContaining('both sides have not yet signed')]);

    const backwards = await coordinator.patch(`/api/projects/${firstId}`, { version: 1, startDate: '2027-05-01', endDate: '2027-04-30' });
    expect(backwards.status).toBe(400);
    const stranger = await coordinator.patch(`/api/projects/${firstId}`, { version: 1, contactUserId: world.users.outsider.id });
    expect(stranger.status).toBe(400);

    const signed = await coordinator.patch(`/api/projects/${firstId}`, {
      version: 1,
      startDate: '2027-03-01',
      endDate: '2027-10-31',
      granteeSignedOn: '2027-02-20',
      funderSignedOn: '2027-02-21',
      contactUserId: world.users.member.id,
    });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ version: 2, startDate: '2027-03-01', contactName: 'Member Person' });
    expect(signed.body.actions).toContainEqual({ action: 'activate', unmet: ['signedCopyUploaded'] });
    expect((await coordinator.post(`/api/projects/${firstId}/agreement/issue`)).status).toBe(201);
    expect((await uploadFile(ctx.app, coordinator, `/api/projects/${firstId}/agreement/signed-copies`, { name: 'signed.pdf', content: SAMPLE_FILES.pdf })).status).toBe(201);
    expect((await move({ version: 2, action: 'activate' })).status).toBe(409);
    const active = await move({ version: 3, action: 'activate' });
    expect([active.status, active.body.status]).toEqual([200, 'active']);
  });

  it('pays a tranche only when its condition holds, with a date and a bank reference, never beyond the award', async () => {
    let project = (await coordinator.get(`/api/projects/${firstId}`)).body;
    const [advance, final] = project.tranches;
    const step = async (tranche: { id: string }, body: object) => {
      const response = await coordinator.post(`/api/projects/${firstId}/tranches/${tranche.id}/transitions`, { version: project.version, ...body });
      if (response.status === 200) project = response.body;
      return response;
    };
    expect((await step(advance, { action: 'markDue' })).status).toBe(200);
    expect((await step(advance, { action: 'approve' })).status).toBe(200);
    expect((await step(advance, { action: 'pay', paidOn: '2027-03-05' })).status).toBe(400);
    expect((await step(advance, { action: 'pay', paidOn: '2027-03-05', bankReference: 'LV-2027-0042' })).status).toBe(200);
    expect(project.totals).toEqual({ awardedCents: 250_000, paidCents: 200_000, outstandingCents: 50_000 });

    expect((await step(final, { action: 'markDue' })).status).toBe(200);
    const unmet = await step(final, { action: 'approve' });
    expect([unmet.status, unmet.body.detail]).toEqual([409, 'Not yet: the final report is not yet approved.']);
    expect((await step(final, { action: 'cancel' })).status).toBe(400);

    const tooMuch = await coordinator.put(`/api/projects/${firstId}/tranches`, { version: project.version, planned: [{ amountCents: 50_001, dueDate: null, condition: 'none' }] });
    expect(tooMuch.status).toBe(400);
    const list = await coordinator.get(`/api/calls/${world.call.id}/projects`);
    expect(list.body.totals).toEqual({ awardedCents: 350_001, paidCents: 200_000, outstandingCents: 150_001 });
    expect(await ctx.prisma.auditLog.count({ where: { entityType: 'project', entityId: firstId, action: 'project.tranche.pay' } })).toBe(1);
  });

  it('will not close before the final report is approved; termination needs a reason', async () => {
    let project = (await coordinator.get(`/api/projects/${firstId}`)).body;
    const move = async (body: object) => {
      const response = await coordinator.post(`/api/projects/${firstId}/transitions`, { version: project.version, ...body });
      if (response.status === 200) project = response.body;
      return response;
    };
    expect((await move({ action: 'close' })).status).toBe(409);
    expect((await move({ action: 'requestFinalReport' })).status).toBe(200);
    const closing = await move({ action: 'close' });
    expect([closing.status, closing.body.detail]).toEqual([409, expect.stringContaining('the final report has not been approved')]);
    expect((await move({ action: 'terminate' })).status).toBe(400);
    const ended = await move({ action: 'terminate', reason: 'Biedrība likvidēta.' });
    expect([ended.status, ended.body.status, ended.body.statusReason]).toEqual([200, 'terminated', 'Biedrība likvidēta.']);
    expect(ended.body.tranches.every((tranche: { allowedActions: string[] }) => tranche.allowedActions.length === 0)).toBe(true);
    expect((await coordinator.patch(`/api/projects/${firstId}`, { version: project.version, endDate: '2027-12-31' })).status).toBe(409);
  });

  it('lets the coordinator read the projects’ audit trail, but not a coordinator of another programme', async () => {
    const mine = await coordinator.get(`/api/audit?entityType=project&entityId=${secondId}`);
    expect(mine.body.items.map((entry: { action: string }) => entry.action)).toEqual(['project.create']);
    const other = await world.clients.otherCoordinator.get(`/api/audit?entityType=project&entityId=${secondId}`);
    expect(other.body.items).toEqual([]);
  });
});
