import { parse } from 'csv-parse/sync';
import { EXPORTS_IN_PROGRESS_PER_USER, type TTableExport } from '@kopa/shared';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { completeAnswers, createApplicationWorld, submittedApplication, type ApplicationWorld } from '../../test/application-factories';
import { createUser } from '../../test/factories';
import { downloadExport, waitForExport } from '../../test/table-export-client';
import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { startTestWorker } from '../../test/test-worker';
import { closedPort } from '../../test/closed-port';
import type { RunningWorker } from '../../worker.factory';
import { TableExportWriter } from './table-export-writer';

describe('List exports as background jobs: asked for, written by the worker, downloaded by the requester only', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let colleague: TestClient;
  let colleagueId: string;
  let worker: RunningWorker | undefined;
  const url = () => `/api/calls/${world.call.id}/applications/export`;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
    await submittedApplication(world, completeAnswers({ project_title: 'Skolas dārzs' }));
    const user = await createUser(ctx.prisma, { displayName: 'Otra koordinatore', roles: ['coordinator'] });
    await ctx.prisma.programmeStaff.create({ data: { programmeId: world.call.programmeId, userId: user.id } });
    colleagueId = user.id;
    colleague = await ctx.client().signInAs(user.id);
  });
  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  it('answers 202 at once, keeps the export waiting while no worker runs, and refuses a fourth one in progress', async () => {
    const first = await world.clients.coordinator.post<TTableExport>(`${url()}?format=csv`);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ kind: 'applications', format: 'csv', status: 'queued', fileName: null, downloadUrl: null });
    expect((await world.clients.coordinator.get<TTableExport>(`/api/exports/${first.body.id}`)).body.status).toBe('queued');
    const early = await downloadExport(ctx, world.clients.coordinator, first.body.id);
    expect(early.status).toBe(409);

    for (let i = 1; i < EXPORTS_IN_PROGRESS_PER_USER; i++) expect((await world.clients.coordinator.post(`${url()}?format=xlsx`)).status).toBe(202);
    const refused = await world.clients.coordinator.post(url());
    expect(refused.status).toBe(429);
    expect(refused.body.type).toBe('/problems/rate-limited');
    expect(refused.headers['retry-after']).toBe('30');
    // The limit is the user's own: a colleague can still ask.
    expect((await colleague.post(url())).status).toBe(202);
  });

  it('writes the waiting exports when the worker runs; one whose requester lost access to the call meanwhile fails', async () => {
    const mine = await ctx.prisma.tableExport.findMany({ where: { requestedById: world.users.coordinator.id } });
    const theirs = await ctx.prisma.tableExport.findFirstOrThrow({ where: { requestedById: colleagueId } });
    await ctx.prisma.programmeStaff.deleteMany({ where: { userId: colleagueId } });
    worker = await startTestWorker(ctx.config);

    for (const row of mine) {
      const done = await waitForExport(world.clients.coordinator, row.id);
      expect(done.status).toBe('ready');
      expect(done.downloadUrl).toBe(`/api/exports/${row.id}/file`);
      expect(Date.parse(done.expiresAt!) - Date.parse(done.finishedAt!)).toBe(24 * 3600_000);
    }
    const csv = mine.find((row) => row.format === 'csv')!;
    const file = await downloadExport(ctx, world.clients.coordinator, csv.id);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="pieteikumi.csv"');
    expect(Number(file.headers['content-length'])).toBe(file.body.length);
    const rows: string[][] = parse(file.body, { bom: true });
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Skolas dārzs']);

    const failed = await waitForExport(colleague, theirs.id);
    expect(failed).toMatchObject({ status: 'failed', downloadUrl: null });
    expect((await downloadExport(ctx, colleague, theirs.id)).status).toBe(409);
  });

  it('shows an export to its requester only: other staff, other roles and visitors are refused', async () => {
    const row = await ctx.prisma.tableExport.findFirstOrThrow({ where: { requestedById: world.users.coordinator.id, status: 'ready' } });
    await ctx.prisma.programmeStaff.create({ data: { programmeId: world.call.programmeId, userId: colleagueId } });
    for (const client of [colleague, world.clients.otherCoordinator]) {
      expect((await client.get(`/api/exports/${row.id}`)).status).toBe(404);
      expect((await downloadExport(ctx, client, row.id)).status).toBe(404);
    }
    expect((await world.clients.owner.get(`/api/exports/${row.id}`)).status).toBe(403);
    expect((await world.clients.reviewer.get(`/api/exports/${row.id}/file`)).status).toBe(403);
    expect((await ctx.client().get(`/api/exports/${row.id}`)).status).toBe(401);
    expect((await world.clients.coordinator.get('/api/exports/not-an-id')).status).toBe(404);
    // Asking is refused as the list is: another programme's call, a role without the permission.
    expect((await world.clients.otherCoordinator.post(url())).status).toBe(404);
    expect((await world.clients.owner.post(url())).status).toBe(403);
  });

  it('stops serving a finished file to a requester who has since lost access to the call', async () => {
    const done = await waitForExport(colleague, (await colleague.post<TTableExport>(url())).body.id);
    expect(done.status).toBe('ready');
    await ctx.prisma.programmeStaff.deleteMany({ where: { userId: colleagueId } });
    expect((await downloadExport(ctx, colleague, done.id)).status).toBe(404);
  });

  it('expires a file after its time, and the hourly sweep removes it from storage', async () => {
    const row = await ctx.prisma.tableExport.findFirstOrThrow({ where: { requestedById: world.users.coordinator.id, status: 'ready' } });
    await ctx.prisma.tableExport.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await world.clients.coordinator.get<TTableExport>(`/api/exports/${row.id}`)).body).toMatchObject({ status: 'expired', downloadUrl: null });
    expect((await downloadExport(ctx, world.clients.coordinator, row.id)).status).toBe(410);

    expect(await worker!.app.get(TableExportWriter).sweep()).toBeGreaterThanOrEqual(1);
    expect(await ctx.prisma.tableExport.findUnique({ where: { id: row.id } })).toBeNull();
    await expect(worker!.app.get<StorageDriver>(STORAGE_DRIVER).get(row.storageKey!)).rejects.toThrow();
    expect((await world.clients.coordinator.get(`/api/exports/${row.id}`)).status).toBe(404);
  });
});

describe('List exports while Redis is down', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
  });
  afterAll(() => ctx.close());

  it('answers 503 with a clear problem and records the export as failed, not waiting for a worker that never gets it', async () => {
    const world = await createApplicationWorld(ctx);
    const refused = await world.clients.coordinator.post(`/api/calls/${world.call.id}/applications/export`);
    expect(refused.status).toBe(503);
    expect(refused.body.detail).toMatch(/try again/);
    const [row] = await ctx.prisma.tableExport.findMany({ where: { requestedById: world.users.coordinator.id } });
    expect(row?.status).toBe('failed');
  });
});
