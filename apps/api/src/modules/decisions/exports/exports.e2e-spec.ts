import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestApp, type TestContext } from '../../../test/test-app';
import { createUser } from '../../../test/factories';
import type { TestClient } from '../../../test/test-client';
import { exportTable } from '../../../test/table-export-client';
import { startTestWorker } from '../../../test/test-worker';
import type { RunningWorker } from '../../../worker.factory';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../../test/decision-factories';

describe('Exports: score matrix and decision list as CSV and XLSX', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: DecisionWorld;
  let english: TestClient;
  let top: { id: string; referenceNumber: string | null };
  let low: { id: string; referenceNumber: string | null };

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
    top = (await reviewedApplication(ctx, world, { projectTitle: 'Kopienas dārzs', scores: [[5, 10], [4, 6]] })).application;
    const lowMade = await reviewedApplication(ctx, world, { projectTitle: '=HYPERLINK("http://evil.example")', scores: [[1, 2], [2, 4]] });
    low = lowMade.application;
    await ctx.prisma.reviewScore.update({
      where: { assignmentId_criterionId: { assignmentId: lowMade.assignments[0]!.id, criterionId: world.criteria.impact.id } },
      data: { moderatedScore: 3, moderationReason: 'Pārskatīts.' },
    });
    await world.clients.coordinator.post(`/api/applications/${top.id}/decision`, { kind: 'award', amountCents: 200_050, rationale: 'Labākais; ar „pēdiņām”, komatiem.' });
    await world.clients.coordinator.post(`/api/applications/${low.id}/decision`, { kind: 'reject', rationale: 'Vājš.' });
    const user = await createUser(ctx.prisma, { displayName: 'English Coordinator', roles: ['coordinator'], locale: 'en' });
    await ctx.prisma.programmeStaff.create({ data: { programmeId: world.programme.id, userId: user.id } });
    english = await ctx.client().signInAs(user.id);
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  /** Asks for the export, lets the worker write it, downloads it. */
  const download = (client: TestClient, path: string) => exportTable(ctx, client, `/api/calls/${world.call.id}/exports/${path}`);

  it('streams the score matrix as CSV in Latvian: one row per application and reviewer, moderated scores used, formulas defused', async () => {
    const file = await download(world.clients.coordinator, 'scores?format=csv');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${world.call.code}-vertejumi.csv"`);
    const rows: string[][] = parse(file.body, { bom: true });
    expect(rows[0]).toEqual(['Pieteikuma numurs', 'Iesniedzējs', 'Projekts', 'Vērtētājs', 'Ietekme', 'Budžets', 'Koriģētie kritēriji', 'Vērtētāja kopvērtējums (0–100)', 'Pieteikuma kopvērtējums (0–100)']);
    expect(rows.slice(1)).toEqual([
      [top.referenceNumber, 'Biedrība „Preiļu kopiena”', 'Kopienas dārzs', 'Vērtētājs Andris', '5', '10', '', '100', '86.67'],
      [top.referenceNumber, 'Biedrība „Preiļu kopiena”', 'Kopienas dārzs', 'Vērtētāja Baiba', '4', '6', '', '73.33', '86.67'],
      // A's impact moderated 1 → 3: (3/5·2 + 2/10) / 3 · 100 = 46.67; B: (2/5·2 + 4/10) / 3 · 100 = 40
      [low.referenceNumber, 'Biedrība „Preiļu kopiena”', `'=HYPERLINK("http://evil.example")`, 'Vērtētājs Andris', '3', '2', 'Ietekme', '46.67', '43.33'],
      [low.referenceNumber, 'Biedrība „Preiļu kopiena”', `'=HYPERLINK("http://evil.example")`, 'Vērtētāja Baiba', '2', '4', '', '40', '43.33'],
    ]);
  });

  it('streams the decision list as XLSX with English headers for an English-speaking coordinator', async () => {
    const file = await download(english, 'decisions?format=xlsx');
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${world.call.code}-decisions.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Decisions')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Rank', 'Reference number', 'Applicant', 'Project', 'Status', 'Application total (0–100)', 'Spread', 'Reviewers disagree', 'Requested (EUR)', 'Decision', 'Awarded (EUR)', 'Rationale', 'Letter sent']);
    expect(values(2)).toEqual([1, top.referenceNumber, 'Biedrība „Preiļu kopiena”', 'Kopienas dārzs', 'Awarded', 86.67, 26.67, 'Yes', 2500, 'Award', 2000.5, 'Labākais; ar „pēdiņām”, komatiem.']);
    expect(values(3).slice(0, 5)).toEqual([2, low.referenceNumber, 'Biedrība „Preiļu kopiena”', `'=HYPERLINK("http://evil.example")`, 'Rejected']);
    expect(sheet.rowCount).toBe(3);
  });

  it('gives the decision list as CSV and the score matrix as XLSX too', async () => {
    const csv = parse((await download(world.clients.coordinator, 'decisions')).body, { bom: true }) as string[][];
    expect(csv[1]!.slice(0, 2)).toEqual(['1', top.referenceNumber]);
    expect(csv[1]![10]).toBe('2000.5');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(world.clients.coordinator, 'scores?format=xlsx')).body as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Vērtējumi')!.rowCount).toBe(5);
  });

  it('refuses other programmes, applicants, reviewers and unknown formats', async () => {
    expect((await download(world.clients.otherCoordinator, 'scores')).status).toBe(404);
    expect((await download(world.clients.owner, 'decisions')).status).toBe(403);
    expect((await download(world.clients.reviewer, 'decisions')).status).toBe(403);
    expect((await download(world.clients.admin, 'decisions')).status).toBe(403);
    expect((await download(world.clients.coordinator, 'scores?format=pdf')).status).toBe(400);
  });
});
