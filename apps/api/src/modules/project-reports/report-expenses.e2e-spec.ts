import { SAMPLE_FILES, uploadFile } from '../../test/attachment-factories';
import { activateProject } from '../../test/project-factories';
import { COMPLETE_INDICATORS, createReportWorld, type ReportWorld } from '../../test/report-factories';
import type { TestClient } from '../../test/test-client';
import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';

describe('Expenses declared in a report: frozen once submitted, reopened by the coordinator, kept in every version', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: ReportWorld;
  let coordinator: TestClient;
  let member: TestClient;
  let projectId: string;
  let interimId: string;
  let finalId: string;
  let lineId: string;

  const report = async (id: string, client = member) => (await client.get(`/api/reports/${id}`)).body;
  const move = async (id: string, body: object, client: TestClient) => client.post(`/api/reports/${id}/transitions`, { version: (await report(id, client)).version, ...body });
  const expenses = () => `/api/projects/${projectId}/expenses`;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    world = await createReportWorld(ctx);
    coordinator = world.clients.coordinator;
    member = world.clients.member;
    projectId = world.project.id;
    await activateProject(ctx.app, coordinator, projectId, { startDate: '2026-09-01', endDate: '2027-06-30' });
    [interimId, finalId] = (await coordinator.get(`/api/projects/${projectId}/reports`)).body.reports.map((r: { id: string }) => r.id);
    // The award's application had no budget: the coordinator sets the budget of record.
    const budget = (await coordinator.get(`/api/projects/${projectId}/budget`)).body;
    const set = await coordinator.put(`/api/projects/${projectId}/budget`, { version: budget.version, reason: 'Apstiprinātā tāme', lines: [{ category: 'materials', description: 'Stādi un zeme', amountCents: 250_000 }] });
    if (set.status !== 200) throw new Error(`setting the budget answered ${set.status}: ${JSON.stringify(set.body)}`);
    lineId = set.body.lines[0].id;
    const saved = await member.patch(`/api/reports/${interimId}`, { answers: { learned: 'Vajag vairāk laistīšanas.', summary: 'Dārzs.' }, indicators: COMPLETE_INDICATORS, baseFieldVersions: {} });
    if (saved.status !== 200) throw new Error(`saving the report answered ${saved.status}: ${JSON.stringify(saved.body)}`);
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  it('a draft report declares expenses; submission freezes them and the version keeps them', async () => {
    const created = await member.post(expenses(), { budgetLineId: lineId, spentOn: '2026-11-02', description: 'Stādi no audzētavas', amountCents: 12_345, reportId: interimId });
    expect([created.status, created.body.reportId]).toEqual([201, interimId]);
    const receipt = await uploadFile(ctx.app, member, `${expenses()}/${created.body.id}/receipts`, { name: 'čeks.pdf', content: SAMPLE_FILES.pdf });
    expect(receipt.status).toBe(201);
    // Only this project's reports.
    const other = await member.post(expenses(), { budgetLineId: lineId, spentOn: '2026-11-02', description: 'x', amountCents: 1, reportId: '00000000-0000-4000-8000-000000000000' });
    expect([other.status, other.body.errors?.[0]?.path]).toEqual([400, 'reportId']);

    const listed = await coordinator.get(`${expenses()}?reportId=${interimId}`);
    expect([listed.body.total, listed.body.items[0].receipts.length]).toEqual([1, 1]);
    expect((await coordinator.get(`${expenses()}?reportId=${finalId}`)).body.total).toBe(0);

    expect((await move(interimId, { action: 'submit' }, member)).status).toBe(200);
    // The coordinator hears of the submission, by e-mail and in the inbox, with a link to the review.
    const told = await ctx.mailbox.waitFor(world.users.coordinator.email, (mail) => mail.subject === `Iesniegts pārskats: ${world.project.agreementNumber}`);
    expect(told.text).toContain(`http://kopa.test/manage/projects/${projectId}/reports/${interimId}`);
    expect(told.text).toContain('starpposma pārskatu Nr. 1');
    expect(await ctx.prisma.notification.count({ where: { userId: world.users.coordinator.id, subject: `Iesniegts pārskats: ${world.project.agreementNumber}` } })).toBe(1);
    const expenseId = created.body.id;
    const change = { version: 2, budgetLineId: lineId, spentOn: '2026-11-02', description: 'Stādi', amountCents: 12_000 };
    expect((await member.patch(`${expenses()}/${expenseId}`, { ...change, version: 2 })).status).toBe(409);
    expect((await member.delete(`${expenses()}/${expenseId}`)).status).toBe(409);
    expect((await uploadFile(ctx.app, member, `${expenses()}/${expenseId}/receipts`, { name: 'otrs.pdf', content: SAMPLE_FILES.pdf })).status).toBe(409);
    expect((await member.delete(`${expenses()}/${expenseId}/receipts/${receipt.body.id}`)).status).toBe(409);
    // Nor may a new expense join the submitted report; an undeclared one is still free.
    expect((await member.post(expenses(), { budgetLineId: lineId, spentOn: '2026-11-03', description: 'Lejkannas', amountCents: 2_000, reportId: interimId })).status).toBe(409);
    const loose = await member.post(expenses(), { budgetLineId: lineId, spentOn: '2026-11-03', description: 'Lejkannas', amountCents: 2_000 });
    expect([loose.status, loose.body.reportId]).toEqual([201, null]);
    expect((await member.patch(`${expenses()}/${loose.body.id}`, { version: 1, budgetLineId: lineId, spentOn: '2026-11-03', description: 'Lejkannas', amountCents: 2_000, reportId: interimId })).status).toBe(409);
  });

  it('the coordinator reopens the expenses; the grantee corrects them and the versions compare them', async () => {
    const requested = await move(interimId, { action: 'requestChanges', parts: ['expenses'], comment: 'Summa nesakrīt ar čeku.' }, coordinator);
    expect(requested.status).toBe(200);
    expect((await report(interimId)).editable).toEqual({ questions: [], indicators: false, expenses: true });
    const [declared] = (await member.get(`${expenses()}?reportId=${interimId}`)).body.items;
    // Staff read but never write the grantee's expenses.
    expect((await coordinator.patch(`${expenses()}/${declared.id}`, { version: declared.version, budgetLineId: lineId, spentOn: '2026-11-02', description: 'Stādi', amountCents: 12_000 })).status).toBe(403);
    const fixed = await member.patch(`${expenses()}/${declared.id}`, { version: declared.version, budgetLineId: lineId, spentOn: '2026-11-02', description: 'Stādi no audzētavas', amountCents: 12_000 });
    expect([fixed.status, fixed.body.amountCents, fixed.body.reportId]).toEqual([200, 12_000, interimId]);
    expect((await move(interimId, { action: 'submit' }, member)).status).toBe(200);

    const compared = await coordinator.get(`/api/reports/${interimId}/compare?from=1&to=2`);
    const changed = compared.body.items.filter((item: { changed: boolean }) => item.changed);
    expect(changed).toEqual([
      {
        questionId: `expenses.${declared.id}`,
        label: { lv: 'Izmaksas: Stādi no audzētavas', en: 'Expense: Stādi no audzētavas' },
        before: expect.stringContaining('123,45'),
        after: expect.stringContaining('120,00'),
        changed: true,
      },
    ]);
    expect(changed[0].after).toContain('čeks.pdf');
    const stored = await ctx.prisma.projectReportVersion.findFirstOrThrow({ where: { reportId: interimId, number: 1 } });
    expect(stored.expenses).toEqual([expect.objectContaining({ id: declared.id, amountCents: 12_345, spentOn: '2026-11-02', receipts: ['čeks.pdf'] })]);
    expect((await move(interimId, { action: 'approve' }, coordinator)).status).toBe(200);
    expect((await member.delete(`${expenses()}/${declared.id}`)).status).toBe(409);

    // The project's timeline tells the report's story (not its autosaves or expenses) and the budget edit, to both sides.
    const timeline = (await member.get(`/api/projects/${projectId}/timeline?pageSize=100`)).body;
    const stories = timeline.items.filter((entry: { kind: string }) => entry.kind === 'report' || entry.kind === 'budget').map((entry: { action: string }) => entry.action);
    expect(stories).toEqual(['report.approve', 'report.submit', 'report.requestChanges', 'report.submit', 'project.budget.edit']);
    expect(timeline.items.find((entry: { action: string }) => entry.action === 'report.requestChanges').details).toEqual({ reportKind: 'interim', parts: ['expenses'], comment: 'Summa nesakrīt ar čeku.' });
  });

  it('a deleted report leaves its expenses undeclared (the key sets null)', async () => {
    const schedule = (await coordinator.get(`/api/projects/${projectId}/reports`)).body;
    const added = await coordinator.post(`/api/projects/${projectId}/reports`, { version: schedule.version, kind: 'interim', dueDate: '2027-03-15', reason: 'Papildu atskaite.' });
    const extra = added.body.reports.find((r: { dueDate: string }) => r.dueDate === '2027-03-15');
    const expense = await member.post(expenses(), { budgetLineId: lineId, spentOn: '2026-11-04', description: 'Mulča', amountCents: 500, reportId: extra.id });
    expect(expense.status).toBe(201);
    expect((await coordinator.post(`/api/projects/${projectId}/reports/${extra.id}/removal`, { version: added.body.version, reason: 'Atcelta.' })).status).toBe(200);
    expect((await ctx.prisma.projectExpense.findUniqueOrThrow({ where: { id: expense.body.id } })).reportId).toBeNull();
  });
});
