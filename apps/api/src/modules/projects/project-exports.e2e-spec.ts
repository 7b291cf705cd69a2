import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Clock } from '../../common/clock/clock';
import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { exportTable } from '../../test/table-export-client';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { createUser } from '../../test/factories';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../test/decision-factories';

/** "Today" is pinned so that due dates are before, on or after it whatever day the suite runs. */
const NOW = new Date('2027-04-10T21:30:00Z'); // already 11 April in Riga

describe("Funded projects: the call's projects and payments filtered, exported, and due on the dashboard", () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: DecisionWorld;
  let coordinator: TestClient;
  let english: TestClient;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await startTestApp();
    jest.spyOn(ctx.app.get(Clock), 'now').mockImplementation(() => new Date(NOW));
    world = await createDecisionWorld(ctx);
    coordinator = world.clients.coordinator;
    const user = await createUser(ctx.prisma, { displayName: 'English Coordinator', roles: ['coordinator'], locale: 'en' });
    await ctx.prisma.programmeStaff.create({ data: { programmeId: world.call.programmeId, userId: user.id } });
    english = await ctx.client().signInAs(user.id);
    for (const [title, cents] of [['Ābeļu dārzs', 250_000], ['=SUM(A1)', 100_000]] as const) {
      const { application } = await reviewedApplication(ctx, world, { projectTitle: title });
      expect((await coordinator.post(`/api/applications/${application.id}/decision`, { kind: 'award', amountCents: cents, rationale: 'Labs.' })).status).toBe(200);
    }
    expect((await coordinator.post(`/api/calls/${world.call.id}/letters/send`)).status).toBe(200);
    ids.push(...(await coordinator.get(`/api/calls/${world.call.id}/projects`)).body.items.map((item: { id: string }) => item.id));
    // The first project: its advance planned for 11 April (today in Riga), the rest in May.
    const first = (await coordinator.get(`/api/projects/${ids[0]}`)).body;
    const planned = await coordinator.put(`/api/projects/${ids[0]}/tranches`, {
      version: first.version,
      planned: [
        { amountCents: 200_000, dueDate: '2027-04-11', condition: 'none' },
        { amountCents: 50_000, dueDate: '2027-05-11', condition: 'final_report_approved' },
      ],
    });
    expect(planned.status).toBe(200);
    // The worker writes the files: it decides "payment due" by the same pinned day.
    worker = await startTestWorker(ctx.config);
    jest.spyOn(worker.app.get(Clock), 'now').mockImplementation(() => new Date(NOW));
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  /** Asks for the export, lets the worker write it, downloads it. */
  const download = (client: TestClient, path: string) => exportTable(ctx, client, `/api/calls/${world.call.id}/projects/${path}`);

  it('filters the list by "payment due" in SQL', async () => {
    const due = await coordinator.get(`/api/calls/${world.call.id}/projects?paymentDue=true`);
    expect(due.body.items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
    const notDue = await coordinator.get(`/api/calls/${world.call.id}/projects?paymentDue=false`);
    expect(notDue.body.items.map((item: { id: string }) => item.id)).toEqual([ids[1]]);
    const elsewhere = await coordinator.get(`/api/calls/${world.call.id}/projects?paymentDue=true&municipality=NOWHERE`);
    expect(elsewhere.body.total).toBe(0);
    expect((await coordinator.get(`/api/calls/${world.call.id}/projects?paymentDue=maybe`)).status).toBe(400);
  });

  it("lists the payments due on the coordinator's programmes, and nothing for another programme's coordinator", async () => {
    const due = await coordinator.get('/api/projects/payments-due');
    expect(due.status).toBe(200);
    expect(due.body.items.map((item: { projectId: string; position: number; amountCents: number; dueDate: string; overdue: boolean }) => [item.projectId, item.position, item.amountCents, item.dueDate, item.overdue])).toEqual([
      [ids[0], 1, 200_000, '2027-04-11', false],
    ]);
    // A tranche marked due without a date is due too, listed after the dated ones.
    const second = (await coordinator.get(`/api/projects/${ids[1]}`)).body;
    const marked = await coordinator.post(`/api/projects/${ids[1]}/tranches/${second.tranches[0].id}/transitions`, { version: second.version, action: 'markDue' });
    expect(marked.status).toBe(200);
    expect((await coordinator.get('/api/projects/payments-due')).body.total).toBe(2);
    expect((await world.clients.otherCoordinator.get('/api/projects/payments-due')).body).toMatchObject({ total: 0, items: [] });
    expect((await world.clients.owner.get('/api/projects/payments-due')).status).toBe(403);
    expect((await coordinator.get('/api/projects/payments-due?pageSize=51')).status).toBe(400);
  });

  it('exports the projects as CSV with Latvian headers, money in euro and formulas defused', async () => {
    const file = await download(coordinator, 'export');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="projekti.csv"');
    const rows: string[][] = parse(file.body, { bom: true });
    expect(rows[0]).toEqual([
      'Līguma numurs',
      'Projekta nosaukums',
      'Organizācija',
      'Reģistrācijas numurs',
      'Pašvaldība',
      'Statuss',
      'Sākums',
      'Beigas',
      'Finansējuma saņēmējs parakstīja',
      'Finansētājs parakstīja',
      'Piešķirts (EUR)',
      'Izmaksāts (EUR)',
      'Vēl jāizmaksā (EUR)',
    ]);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[5], row[10], row[12]])).toEqual([
      ['Ābeļu dārzs', 'Biedrība „Preiļu kopiena”', 'Gaida līgumu', '2500', '2500'],
      ["'=SUM(A1)", 'Biedrība „Preiļu kopiena”', 'Gaida līgumu', '1000', '1000'],
    ]);
    // Both projects have a payment due by now (the second's advance was marked due above): the filter applies to the export too.
    const filtered: string[][] = parse((await download(coordinator, 'export?paymentDue=false')).body, { bom: true });
    expect(filtered).toEqual([rows[0]]);
  });

  it('exports the payments as XLSX with English headers for an English-speaking coordinator', async () => {
    const file = await download(english, 'payments/export?format=xlsx');
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="payments.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Payments');
    const values = sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toEqual(['Agreement number', 'Organisation', 'Tranche', 'Amount (EUR)', 'Due', 'Condition', 'Condition met', 'Status', 'Paid on', 'Bank reference', 'Reason']);
    expect(values.slice(1).map((row) => row.slice(2, 8))).toEqual([
      [1, 2000, '2027-04-11', 'No condition', 'Yes', 'Planned'],
      [2, 500, '2027-05-11', 'Final report approved', 'No', 'Planned'],
      [1, 800, undefined, 'Agreement signed', 'No', 'Due'],
      [2, 200, undefined, 'Final report approved', 'No', 'Planned'],
    ]);
  });

  it('filters by "report overdue" in SQL and exports the reports with their indicator totals', async () => {
    // The second project owes a report due 1 April (before today in Riga); the first one's is due in May.
    for (const [id, dueDate] of [[ids[0]!, '2027-05-01'], [ids[1]!, '2027-04-01']] as const) {
      const schedule = (await coordinator.get(`/api/projects/${id}/reports`)).body;
      expect((await coordinator.post(`/api/projects/${id}/reports`, { version: schedule.version, kind: 'interim', dueDate, reason: 'Starpposma pārskats.' })).status).toBe(201);
    }
    const overdue = await coordinator.get(`/api/calls/${world.call.id}/projects?reportOverdue=true`);
    expect(overdue.body.items.map((item: { id: string }) => item.id)).toEqual([ids[1]]);
    const onTime = await coordinator.get(`/api/calls/${world.call.id}/projects?reportOverdue=false`);
    expect(onTime.body.items.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
    expect((await coordinator.get(`/api/calls/${world.call.id}/projects?reportOverdue=soon`)).status).toBe(400);

    const file = await download(coordinator, 'reports/export');
    expect([file.status, file.headers['content-disposition']]).toEqual([200, 'attachment; filename="parskati.csv"']);
    const rows: string[][] = parse(file.body, { bom: true });
    expect(rows[0]).toEqual([
      'Līguma numurs',
      'Organizācija',
      'Pārskats',
      'Iesniegšanas termiņš',
      'Statuss',
      'Nokavēts',
      'Iesniegts',
      'Apstiprināts',
      'Dalībnieki kopā',
      'Pasākumi',
      'Brīvprātīgie',
      'Brīvprātīgo stundas',
      'Izmaksas pārskatā (EUR)',
    ]);
    const dated = rows.slice(1).filter((row) => row[3] === '2027-05-01' || row[3] === '2027-04-01');
    expect(dated.map((row) => row.slice(3, 9))).toEqual([
      ['2027-05-01', 'Melnraksts', 'Nē', '', '', '0'],
      ['2027-04-01', 'Melnraksts', 'Jā', '', '', '0'],
    ]);
    // The list's filters apply: only the overdue project's reports, headers in English for an English speaker.
    const english_: string[][] = parse((await download(english, 'reports/export?reportOverdue=true')).body, { bom: true });
    expect(english_[0]!.slice(0, 6)).toEqual(['Agreement number', 'Organisation', 'Report', 'Due', 'Status', 'Overdue']);
    expect(new Set(english_.slice(1).map((row) => row[0]))).toEqual(new Set([dated[1]![0]]));
  });

  it('refuses the exports to other programmes, grantees and reviewers', async () => {
    expect((await download(world.clients.otherCoordinator, 'reports/export')).status).toBe(404);
    expect((await download(world.clients.owner, 'reports/export')).status).toBe(403);
    expect((await download(world.clients.reviewer, 'reports/export')).status).toBe(403);
    expect((await download(world.clients.otherCoordinator, 'export')).status).toBe(404);
    expect((await download(world.clients.otherCoordinator, 'payments/export')).status).toBe(404);
    expect((await download(world.clients.owner, 'export')).status).toBe(403);
    expect((await download(world.clients.reviewer, 'payments/export')).status).toBe(403);
    expect((await download(coordinator, 'export?format=pdf')).status).toBe(400);
  });
});
