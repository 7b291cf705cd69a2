import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetOfRecordFrom } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../test/decision-factories';
import { SAMPLE_FILES, uploadFile } from '../../test/attachment-factories';
import { createUser } from '../../test/factories';
import { activateProject } from '../../test/project-factories';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';

const APPLICATION_BUDGET = [
  { category: 'materials', description: 'Stādi un zeme', quantity: 1, unitCostCents: 100_000, ownContributionCents: 10_000 },
  { category: 'services', description: 'Transports', quantity: 2, unitCostCents: 30_000, ownContributionCents: 0 },
  { category: 'venue', description: 'Telpa', quantity: 1, unitCostCents: 10_000, ownContributionCents: 10_000 },
] as const;
const PDF = { name: 'čeks.pdf', content: SAMPLE_FILES.pdf, contentType: 'application/pdf' };

interface Line {
  id: string;
  category: string;
  description: string;
  amountCents: number;
  spentCents: number;
  flagged: boolean;
}

describe('Project budgets: budget of record, change requests, expenses with receipts', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: DecisionWorld;
  let coordinator: TestClient;
  let owner: TestClient;
  let consultant: TestClient;
  /** Awarded in full, then activated. */
  let fullId: string;
  /** A partial award, left waiting for its agreement. */
  let partialId: string;

  const budgetOf = async (projectId: string, client: TestClient = coordinator) => (await client.get(`/api/projects/${projectId}/budget`)).body as { version: number; lines: Line[] } & Record<string, unknown>;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    world = await createDecisionWorld(ctx);
    coordinator = world.clients.coordinator;
    owner = world.clients.owner;
    consultant = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['consultant'] })).id);
    const ids = [];
    for (const [title, amountCents] of [
      ['Kopienas dārzs', 150_000],
      ['Lasītava', 100_000],
    ] as const) {
      const { application } = await reviewedApplication(ctx, world, { projectTitle: title });
      await ctx.prisma.application.update({ where: { id: application.id }, data: { answers: { project_title: title, budget: APPLICATION_BUDGET as never } } });
      expect((await coordinator.post(`/api/applications/${application.id}/decision`, { kind: 'award', amountCents, rationale: 'Labs projekts.' })).status).toBe(200);
      ids.push(application.id);
    }
    expect((await coordinator.post(`/api/calls/${world.call.id}/letters/send`)).status).toBe(200);
    const projects = await ctx.prisma.project.findMany({ orderBy: { agreementSequence: 'asc' } });
    [fullId, partialId] = projects.map((project) => project.id) as [string, string];
    await activateProject(ctx.app, coordinator, fullId);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  it('copies the approved application budget (the grant’s share of each line) when the project is created', async () => {
    const full = await budgetOf(fullId);
    expect(full.lines.map((line) => [line.category, line.description, line.amountCents])).toEqual([
      ['materials', 'Stādi un zeme', 90_000],
      ['services', 'Transports', 60_000],
      ['venue', 'Telpa', 0],
    ]);
    expect(full).toMatchObject({ version: 1, awardedCents: 150_000, budgetCents: 150_000, spentCents: 0, tolerancePercent: 10, viewer: 'staff', mayEdit: true });
    // A partial award cuts every line in proportion, adding up to the award exactly.
    const partial = await budgetOf(partialId, world.clients.member);
    expect(partial.lines.map((line) => line.amountCents)).toEqual([60_000, 40_000, 0]);
    expect(partial).toMatchObject({ viewer: 'member', mayEdit: false, mayRequestChange: false, mayRecordExpenses: false });
  });

  it('the migration backfills projects created before budgets, by the same rule', async () => {
    const { prisma } = ctx;
    const award = await prisma.project.findUniqueOrThrow({ where: { id: partialId } });
    await prisma.projectBudgetLine.deleteMany({ where: { projectId: partialId } });
    await prisma.projectBudget.delete({ where: { projectId: partialId } });
    const migrations = join(__dirname, '../../../../../prisma/migrations');
    const folder = readdirSync(migrations).find((name) => name.endsWith('_project_budgets'))!;
    const sql = readFileSync(join(migrations, folder, 'migration.sql'), 'utf8');
    const backfill = sql.slice(sql.indexOf('-- Backfill'));
    for (const statement of backfill.split(/;\s*\n/).map((part) => part.replace(/^\s*(--[^\n]*\n\s*)*/g, '').trim()).filter(Boolean)) {
      await prisma.$executeRawUnsafe(statement);
    }
    const lines = await prisma.projectBudgetLine.findMany({ where: { projectId: partialId }, orderBy: { position: 'asc' } });
    const expected = budgetOfRecordFrom(APPLICATION_BUDGET as never, Number(award.awardedCents));
    expect(lines.map((line) => [line.category, line.description, Number(line.amountCents), Number(line.originalCents)])).toEqual(
      expected.map((line) => [line.category, line.description, line.amountCents, line.amountCents]),
    );
    expect(await prisma.projectBudget.count({ where: { projectId: partialId } })).toBe(1);
  });

  it('lets a coordinator edit the lines only with a reason, on the version read, within the award', async () => {
    const before = await budgetOf(fullId);
    const [seeds, transport, venue] = before.lines as [Line, Line, Line];
    const lines = [
      { id: seeds.id, category: 'materials', description: 'Stādi, zeme un mulča', amountCents: 80_000 },
      { id: transport.id, category: 'services', description: 'Transports', amountCents: 60_000 },
      { id: venue.id, category: 'venue', description: 'Telpa', amountCents: 0 },
      { category: 'other', description: 'Informatīvie materiāli', amountCents: 10_000 },
    ];
    expect((await coordinator.put(`/api/projects/${fullId}/budget`, { version: 1, lines })).status).toBe(400);
    const above = await coordinator.put(`/api/projects/${fullId}/budget`, { version: 1, reason: 'Pārdale', lines: [...lines, { category: 'other', description: 'Vēl', amountCents: 1 }] });
    expect([above.status, above.body.errors?.[0]?.message]).toEqual([400, 'budget.lines.aboveAward']);
    const edited = await coordinator.put(`/api/projects/${fullId}/budget`, { version: 1, reason: 'Vienojāmies par informatīvajiem materiāliem.', lines });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(edited.body.lines.map((line: Line) => [line.description, line.amountCents])).toEqual([
      ['Stādi, zeme un mulča', 80_000],
      ['Transports', 60_000],
      ['Telpa', 0],
      ['Informatīvie materiāli', 10_000],
    ]);
    expect((await coordinator.put(`/api/projects/${fullId}/budget`, { version: 1, reason: 'Vēlreiz', lines })).status).toBe(409);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: fullId, action: 'project.budget.edit' } });
    expect(audit).toMatchObject({ actorId: world.users.coordinator.id, after: expect.objectContaining({ reason: 'Vienojāmies par informatīvajiem materiāliem.' }) });
    // Grantees do not edit the budget of record.
    expect((await owner.put(`/api/projects/${fullId}/budget`, { version: 2, reason: 'x', lines })).status).toBe(403);
  });

  it('runs a change request from the grantee to the coordinator’s approval, updating the budget and telling every member in their language', async () => {
    const [seeds, transport] = (await budgetOf(fullId, owner)).lines as [Line, Line];
    const filed = await owner.post(`/api/projects/${fullId}/budget-changes`, {
      reason: 'Transports sadārdzinājās.',
      items: [
        { lineId: seeds.id, fromCents: 80_000, toCents: 70_000 },
        { lineId: transport.id, fromCents: 60_000, toCents: 70_000 },
      ],
    });
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ status: 'pending', totalDeltaCents: 0, requestedByName: 'Anna Īpašniece', allowedActions: ['withdraw'] });
    const listed = await coordinator.get(`/api/projects/${fullId}/budget-changes?status=pending`);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: filed.body.id, allowedActions: ['approve', 'reject'] })]);
    expect((await budgetOf(fullId)).pendingChanges).toBe(1);
    // The programme's coordinators hear of it by e-mail and in the inbox; another programme's do not.
    const filedNumber = (await ctx.prisma.project.findUniqueOrThrow({ where: { id: fullId } })).agreementNumber;
    const told = await ctx.mailbox.waitFor(world.users.coordinator.email, (mail) => mail.subject === `Budžeta grozījumu pieprasījums: ${filedNumber}`);
    expect(told.text).toContain('Transports sadārdzinājās.');
    expect(await ctx.prisma.notification.count({ where: { userId: world.users.coordinator.id, subject: `Budžeta grozījumu pieprasījums: ${filedNumber}` } })).toBe(1);
    expect(await ctx.prisma.notification.count({ where: { userId: world.users.otherCoordinator.id } })).toBe(0);
    // Members do not decide their own requests.
    expect((await owner.post(`/api/projects/${fullId}/budget-changes/${filed.body.id}/transitions`, { action: 'approve' })).status).toBe(403);

    const approved = await coordinator.post(`/api/projects/${fullId}/budget-changes/${filed.body.id}/transitions`, { action: 'approve', comment: 'Piekrītu.' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedByName: 'Koordinatore Ilze', decisionComment: 'Piekrītu.', allowedActions: [] });
    const after = await budgetOf(fullId);
    expect(after.lines.slice(0, 2).map((line) => line.amountCents)).toEqual([70_000, 70_000]);
    expect(after.version).toBe(3);

    const number = (await ctx.prisma.project.findUniqueOrThrow({ where: { id: fullId } })).agreementNumber;
    const lv = await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject === `Budžeta grozījumi projektam ${number} apstiprināti`);
    expect(lv.text).toContain('Piekrītu.');
    expect(lv.text).toContain(`http://kopa.test/projects/${fullId}`);
    await ctx.mailbox.waitFor(world.users.member.email, (mail) => mail.subject === `Budget change for project ${number} approved`);
    expect(await ctx.prisma.notification.findMany({ where: { userId: world.users.member.id, subject: `Budget change for project ${number} approved` } })).toEqual([
      expect.objectContaining({ category: 'projects', link: `/projects/${fullId}` }),
    ]);
    expect((await coordinator.post(`/api/projects/${fullId}/budget-changes/${filed.body.id}/transitions`, { action: 'reject', comment: 'Nē' })).status).toBe(409);
  });

  it('refuses a request on a budget that changed since, one past the award, and a total change not explicitly allowed', async () => {
    const [seeds, transport] = (await budgetOf(fullId, owner)).lines as [Line, Line];
    const stale = await owner.post(`/api/projects/${fullId}/budget-changes`, { reason: 'x', items: [{ lineId: seeds.id, fromCents: 80_000, toCents: 60_000 }] });
    expect(stale.status).toBe(409);
    const above = await owner.post(`/api/projects/${fullId}/budget-changes`, { reason: 'x', items: [{ lineId: seeds.id, fromCents: 70_000, toCents: 70_001 }] });
    expect(above.status).toBe(400);
    const lower = await owner.post(`/api/projects/${fullId}/budget-changes`, { reason: 'Daļu atdodam.', items: [{ lineId: transport.id, fromCents: 70_000, toCents: 65_000 }] });
    expect(lower.body.totalDeltaCents).toBe(-5_000);
    const decide = (body: object) => coordinator.post(`/api/projects/${fullId}/budget-changes/${lower.body.id}/transitions`, body);
    expect((await decide({ action: 'approve' })).status).toBe(409);
    expect((await decide({ action: 'reject' })).status).toBe(400);
    const rejected = await decide({ action: 'reject', comment: 'Lūdzu, pārdaliet uz citu pozīciju.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionComment: 'Lūdzu, pārdaliet uz citu pozīciju.' });
    await ctx.mailbox.waitFor(world.users.owner.email, (mail) => Boolean(mail.subject?.endsWith('noraidīti') && mail.text?.includes('Lūdzu, pārdaliet')));
    expect((await budgetOf(fullId)).lines[1]!.amountCents).toBe(70_000);

    const withdrawn = await owner.post(`/api/projects/${fullId}/budget-changes`, { reason: 'Pārdomājām.', items: [{ lineId: transport.id, fromCents: 70_000, toCents: 65_000 }] });
    const byCoordinator = await coordinator.post(`/api/projects/${fullId}/budget-changes/${withdrawn.body.id}/transitions`, { action: 'withdraw' });
    expect(byCoordinator.status).toBe(403);
    expect((await world.clients.member.post(`/api/projects/${fullId}/budget-changes/${withdrawn.body.id}/transitions`, { action: 'withdraw' })).body.status).toBe('withdrawn');
  });

  it('applies concurrent approvals one after another, losing no update, and decides one request once', async () => {
    const [seeds, transport] = (await budgetOf(fullId, owner)).lines as [Line, Line];
    const file = (toSeeds: number) =>
      owner.post(`/api/projects/${fullId}/budget-changes`, {
        reason: 'Pārdale',
        items: [
          { lineId: seeds.id, fromCents: 70_000, toCents: toSeeds },
          { lineId: transport.id, fromCents: 70_000, toCents: 70_000 + (70_000 - toSeeds) },
        ],
      });
    const first = await file(65_000);
    const second = await file(67_000);
    const approve = (id: string) => coordinator.post(`/api/projects/${fullId}/budget-changes/${id}/transitions`, { action: 'approve' });
    const statuses = await Promise.all([approve(first.body.id), approve(second.body.id), approve(first.body.id)]);
    expect(statuses.map((response) => response.status).sort()).toEqual([200, 200, 409]);
    const after = await budgetOf(fullId);
    expect(after.lines.slice(0, 2).map((line) => line.amountCents)).toEqual([62_000, 78_000]);
    expect(after.budgetCents).toBe(150_000);
    expect(await ctx.prisma.auditLog.count({ where: { entityId: fullId, action: 'project.budgetChange.approve' } })).toBe(3);
  });

  it('keeps expenses with receipts while the project is active, with live totals against the lines', async () => {
    const [seeds, , venue] = (await budgetOf(fullId, owner)).lines as [Line, Line, Line];
    const url = `/api/projects/${fullId}/expenses`;
    const future = await owner.post(url, { budgetLineId: seeds.id, spentOn: '2999-01-01', description: 'Stādi', amountCents: 1_000 });
    expect(future.status).toBe(400);
    const foreign = await owner.post(url, { budgetLineId: (await budgetOf(partialId)).lines[0]!.id, spentOn: '2026-11-01', description: 'Stādi', amountCents: 1_000 });
    expect([foreign.status, foreign.body.errors?.[0]?.path]).toEqual([400, 'budgetLineId']);
    expect((await owner.post(url, { budgetLineId: seeds.id, spentOn: '2026-11-01', description: 'Stādi', amountCents: 0 })).status).toBe(400);

    const created = await owner.post(url, { budgetLineId: seeds.id, spentOn: '2026-11-01', description: 'Stādi no audzētavas', amountCents: 68_200 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ reportId: null, version: 1, receipts: [], createdByName: 'Anna Īpašniece' });
    const onVenue = await world.clients.member.post(url, { budgetLineId: venue.id, spentOn: '2026-11-02', description: 'Telpas īre', amountCents: 1 });
    expect(onVenue.status).toBe(201);

    // 62 000 + 10 % = 68 200: exactly at the tolerance is not flagged; a zero-amount line is by any cent.
    let totals = await budgetOf(fullId);
    expect(totals.lines.map((line) => [line.spentCents, line.flagged])).toEqual([
      [68_200, false],
      [0, false],
      [1, true],
      [0, false],
    ]);
    const corrected = await owner.patch(`${url}/${created.body.id}`, { version: 1, budgetLineId: seeds.id, spentOn: '2026-11-01', description: 'Stādi no audzētavas', amountCents: 68_201 });
    expect(corrected.body.version).toBe(2);
    expect((await owner.patch(`${url}/${created.body.id}`, { version: 1, budgetLineId: seeds.id, spentOn: '2026-11-01', description: 'x', amountCents: 1 })).status).toBe(409);
    totals = await budgetOf(fullId);
    expect(totals.lines[0]).toMatchObject({ spentCents: 68_201, flagged: true, overByCents: 6_201 });

    const receipt = await uploadFile(ctx.app, owner, `${url}/${created.body.id}/receipts`, PDF);
    expect(receipt.status).toBe(201);
    expect(receipt.body).toMatchObject({ fileName: 'čeks.pdf', mimeType: 'application/pdf' });
    const exe = await uploadFile(ctx.app, owner, `${url}/${created.body.id}/receipts`, { name: 'čeks.pdf', content: SAMPLE_FILES.exe });
    expect(exe.status).toBe(415);
    expect(await ctx.prisma.expenseReceipt.count()).toBe(1);

    const listed = await coordinator.get(`${url}?sort=amount&order=desc`);
    expect(listed.body.items.map((item: { amountCents: number; receipts: unknown[] }) => [item.amountCents, item.receipts.length])).toEqual([
      [68_201, 1],
      [1, 0],
    ]);
    expect((await coordinator.get(`${url}?budgetLineId=${venue.id}`)).body.total).toBe(1);
    expect((await coordinator.get(`${url}?pageSize=1000`)).status).toBe(400);
    const download = await coordinator.get(`${url}/${created.body.id}/receipts/${receipt.body.id}`);
    expect([download.status, download.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(await ctx.prisma.auditLog.count({ where: { entityId: fullId, action: 'project.expense.receiptDownloaded' } })).toBe(1);
    expect((await world.clients.outsider.get(`${url}/${created.body.id}/receipts/${receipt.body.id}`)).status).toBe(404);
    // Coordinators read; only the grantee's members write.
    expect((await coordinator.post(url, { budgetLineId: seeds.id, spentOn: '2026-11-01', description: 'x', amountCents: 1 })).status).toBe(403);

    expect((await owner.delete(`${url}/${created.body.id}/receipts/${receipt.body.id}`)).status).toBe(204);
    expect((await owner.delete(`${url}/${onVenue.body.id}`)).status).toBe(204);
    expect((await coordinator.get(url)).body.total).toBe(1);
  });

  it('takes no expenses before the project is active', async () => {
    const line = (await budgetOf(partialId)).lines[0]!;
    const early = await owner.post(`/api/projects/${partialId}/expenses`, { budgetLineId: line.id, spentOn: '2026-11-01', description: 'Grāmatas', amountCents: 1_000 });
    expect(early.status).toBe(409);
  });

  it('refuses the wrong role and the wrong organisation or programme on every new route', async () => {
    const [line] = (await budgetOf(fullId)).lines as [Line];
    const expense = await owner.post(`/api/projects/${fullId}/expenses`, { budgetLineId: line.id, spentOn: '2026-11-03', description: 'Grābekļi', amountCents: 500 });
    const receipt = await uploadFile(ctx.app, owner, `/api/projects/${fullId}/expenses/${expense.body.id}/receipts`, PDF);
    const change = await owner.post(`/api/projects/${fullId}/budget-changes`, { reason: 'x', items: [{ lineId: line.id, fromCents: line.amountCents, toCents: line.amountCents - 1 }] });
    const base = `/api/projects/${fullId}`;
    const expenseUrl = `${base}/expenses/${expense.body.id}`;
    const staffRoutes: Array<[string, string, unknown?]> = [['PUT', `${base}/budget`, { version: 1, reason: 'x', lines: [] }]];
    const memberRoutes: Array<[string, string, unknown?]> = [
      ['POST', `${base}/budget-changes`, { reason: 'x', items: [{ lineId: line.id, fromCents: 1, toCents: 2 }] }],
      ['POST', `${base}/expenses`, { budgetLineId: line.id, spentOn: '2026-11-01', description: 'x', amountCents: 1 }],
      ['PATCH', expenseUrl, { version: 1, budgetLineId: line.id, spentOn: '2026-11-01', description: 'x', amountCents: 1 }],
      ['DELETE', expenseUrl],
      ['DELETE', `${expenseUrl}/receipts/${receipt.body.id}`],
    ];
    const sharedRoutes: Array<[string, string, unknown?]> = [
      ['GET', `${base}/budget`],
      ['GET', `${base}/budget-changes`],
      ['POST', `${base}/budget-changes/${change.body.id}/transitions`, { action: 'withdraw' }],
      ['GET', `${base}/expenses`],
      ['GET', `${expenseUrl}/receipts/${receipt.body.id}`],
    ];
    const statusOf = async (client: TestClient, [method, url, body]: [string, string, unknown?]) => (await client.request(method as 'GET', url, body)).status;
    const all = [...staffRoutes, ...memberRoutes, ...sharedRoutes];
    for (const route of all) {
      expect([route[1], await statusOf(world.clients.anonymous, route)]).toEqual([route[1], 401]);
      expect([route[1], await statusOf(world.clients.reviewer, route)]).toEqual([route[1], 403]);
      expect([route[1], await statusOf(consultant, route)]).toEqual([route[1], 403]);
      expect([route[1], await statusOf(world.clients.admin, route)]).toEqual([route[1], 403]);
    }
    for (const route of [...staffRoutes, ...sharedRoutes]) expect([route[1], await statusOf(world.clients.otherCoordinator, route)]).toEqual([route[1], 404]);
    for (const route of [...memberRoutes, ...sharedRoutes]) expect([route[1], await statusOf(world.clients.outsider, route)]).toEqual([route[1], 404]);
    for (const route of staffRoutes) expect([route[1], await statusOf(owner, route)]).toEqual([route[1], 403]);
    for (const route of memberRoutes) expect([route[1], await statusOf(coordinator, route)]).toEqual([route[1], 403]);
    const upload = `${expenseUrl}/receipts`;
    expect((await uploadFile(ctx.app, world.clients.outsider, upload, PDF)).status).toBe(404);
    expect((await uploadFile(ctx.app, coordinator, upload, PDF)).status).toBe(403);
    expect((await uploadFile(ctx.app, world.clients.anonymous, upload, PDF)).status).toBe(401);
    // Nothing was changed by any of them.
    expect(await ctx.prisma.projectExpense.count({ where: { id: expense.body.id } })).toBe(1);
    expect(await ctx.prisma.expenseReceipt.count({ where: { expenseId: expense.body.id } })).toBe(1);
    expect((await ctx.prisma.projectBudgetChange.findUniqueOrThrow({ where: { id: change.body.id } })).status).toBe('pending');
  });
});
