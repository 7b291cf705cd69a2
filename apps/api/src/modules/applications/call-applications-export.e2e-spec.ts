import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { exportTable } from '../../test/table-export-client';
import { createUser } from '../../test/factories';
import type { TestClient } from '../../test/test-client';
import { completeAnswers, createApplicationWorld, submittedApplication, type ApplicationWorld } from '../../test/application-factories';

describe("Applications: a call's filtered list as CSV or XLSX", () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: ApplicationWorld;
  let english: TestClient;
  const refs: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
    refs.garden = (await submittedApplication(world, completeAnswers({ project_title: 'Ābeļu dārzs' }))).referenceNumber;
    refs.formula = (await submittedApplication(world, completeAnswers({ project_title: '=HYPERLINK("http://evil.example")' }))).referenceNumber;
    const user = await createUser(ctx.prisma, { displayName: 'English Coordinator', roles: ['coordinator'], locale: 'en' });
    await ctx.prisma.programmeStaff.create({ data: { programmeId: world.call.programmeId, userId: user.id } });
    english = await ctx.client().signInAs(user.id);
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  /** Asks for the export, lets the worker write it, downloads it. */
  const download = (client: TestClient, query = '') => exportTable(ctx, client, `/api/calls/${world.call.id}/applications/export${query}`);

  it('streams the filtered list as CSV with Latvian headers, the organisation contact, and formulas defused', async () => {
    const all = await download(world.clients.coordinator, '?sort=submittedAt');
    expect(all.status).toBe(200);
    expect(all.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(all.headers['content-disposition']).toBe('attachment; filename="pieteikumi.csv"');
    expect(all.headers['cache-control']).toBe('private, no-store');
    const rows: string[][] = parse(all.body, { bom: true });
    expect(rows[0]).toEqual(['Pieteikuma numurs', 'Projekta nosaukums', 'Organizācija', 'Organizācijas veids', 'Pašvaldība', 'E-pasts', 'Tālrunis', 'Pieprasītā summa (EUR)', 'Statuss', 'Iesniegts']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row[8]])).toEqual([
      [refs.garden, 'Ābeļu dārzs', 'Iesniegts'],
      [refs.formula, `'=HYPERLINK("http://evil.example")`, 'Iesniegts'],
    ]);
    expect(rows[1]![5]).toContain('@');

    const searched: string[][] = parse((await download(world.clients.coordinator, '?q=%C4%81be%C4%BCu')).body, { bom: true });
    expect(searched.slice(1).map((row) => row[0])).toEqual([refs.garden]);
  });

  it('writes XLSX with English headers for an English-speaking coordinator', async () => {
    const file = await download(english, '?format=xlsx&status=submitted');
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="applications.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Applications')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Application number', 'Project title', 'Organisation', 'Organisation type', 'Municipality', 'E-mail', 'Phone', 'Requested (EUR)', 'Status', 'Submitted']);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(9).value).toBe('Submitted');
  });

  it('refuses other programmes, applicants, reviewers, anonymous callers and unknown formats', async () => {
    expect((await download(world.clients.otherCoordinator)).status).toBe(404);
    expect((await download(world.clients.owner)).status).toBe(403);
    expect((await download(world.clients.reviewer)).status).toBe(403);
    expect((await ctx.client().post(`/api/calls/${world.call.id}/applications/export`)).status).toBe(401);
    expect((await download(world.clients.coordinator, '?format=pdf')).status).toBe(400);
    expect((await download(world.clients.coordinator, `?q=${'x'.repeat(101)}`)).status).toBe(400);
  });
});
