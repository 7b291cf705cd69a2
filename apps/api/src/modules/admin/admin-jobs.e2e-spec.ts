import { randomUUID } from 'node:crypto';
import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import { createUser } from '../../test/factories';
import type { TestClient } from '../../test/test-client';
import type { RunningWorker } from '../../worker.factory';

/** An e-mail the worker gave up on after its eight attempts (as the processor leaves it). */
async function exhaustedEmail(ctx: TestContext, to: string, template = 'password-changed') {
  const id = randomUUID();
  await ctx.prisma.outboxMessage.create({
    data: {
      id,
      dedupeKey: `test-exhausted:${id}`,
      kind: 'email',
      payload: { dedupeKey: `test-exhausted:${id}`, to, locale: 'en', template, params: { displayName: 'Anna', link: 'http://kopa.test/account' } },
      relayedAt: new Date(),
      attempts: 8,
      lastError: 'ECONNREFUSED 127.0.0.1:2525',
    },
  });
  return id;
}

describe('Admin console: background jobs', () => {
  let ctx: TestContext;
  let admin: TestClient;
  let adminId: string;
  let worker: RunningWorker | undefined;

  beforeAll(async () => {
    ctx = await startTestApp();
    adminId = (await createUser(ctx.prisma, { roles: ['admin'] })).id;
    admin = await ctx.client().signInAs(adminId);
  });

  afterAll(async () => {
    await worker?.close();
    await ctx.close();
  });

  it('shows queue depths and the e-mails that used up their retries, with the last error', async () => {
    const id = await exhaustedEmail(ctx, 'stuck@example.test');
    const overview = await admin.get('/api/admin/jobs');
    expect(overview.status).toBe(200);
    expect(overview.body.queues).toEqual([
      { name: 'email', counts: expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number), active: expect.any(Number) }) },
      { name: 'maintenance', counts: expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number), active: expect.any(Number) }) },
      { name: 'consultations', counts: expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number), active: expect.any(Number) }) },
      { name: 'events', counts: expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number), active: expect.any(Number) }) },
      { name: 'reports', counts: expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number), active: expect.any(Number) }) },
      { name: 'exports', counts: expect.objectContaining({ waiting: expect.any(Number), failed: expect.any(Number), active: expect.any(Number) }) },
    ]);
    expect(overview.body.failedEmails).toContainEqual({
      id,
      to: 'stuck@example.test',
      template: 'password-changed',
      attempts: 8,
      lastError: 'ECONNREFUSED 127.0.0.1:2525',
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(overview.body)).not.toContain('http://kopa.test/account');
  });

  it('pages the failed e-mails in the database, newest first, optionally of one template, with a total', async () => {
    const template = 'email-verification';
    const ids: string[] = [];
    for (const to of ['one@example.test', 'two@example.test', 'three@example.test']) {
      ids.push(await exhaustedEmail(ctx, to, template));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const first = await admin.get(`/api/admin/jobs?template=${template}&page=1&pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ failedEmailTotal: 3, page: 1, pageSize: 2 });
    expect(first.body.failedEmails.map((mail: { to: string }) => mail.to)).toEqual(['three@example.test', 'two@example.test']);
    const second = await admin.get(`/api/admin/jobs?template=${template}&page=2&pageSize=2`);
    expect(second.body.failedEmails.map((mail: { id: string }) => mail.id)).toEqual([ids[0]]);
    // Without a template the total counts every failed e-mail.
    const all = await admin.get('/api/admin/jobs?pageSize=100');
    expect(all.body.failedEmailTotal).toBeGreaterThanOrEqual(4);
    expect(all.body).toMatchObject({ page: 1, pageSize: 100 });
    expect((await admin.get('/api/admin/jobs?template=decision-letter')).body).toMatchObject({ failedEmails: [], failedEmailTotal: 0 });

    for (const bad of ['pageSize=101', 'pageSize=0', 'page=0', 'page=10001', 'page=x', `template=${'a'.repeat(101)}`, 'template=Bad%20Name']) {
      expect((await admin.get(`/api/admin/jobs?${bad}`)).status).toBe(400);
    }
    for (const role of ['applicant', 'coordinator', 'reviewer'] as const) {
      const client = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: [role] })).id);
      expect((await client.get(`/api/admin/jobs?template=${template}`)).status).toBe(403);
    }
    expect((await ctx.client().get('/api/admin/jobs')).status).toBe(401);
  });

  it('discards an e-mail for good, audited', async () => {
    const id = await exhaustedEmail(ctx, 'discard@example.test');
    expect((await admin.delete(`/api/admin/jobs/emails/${id}`)).status).toBe(204);
    const row = await ctx.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.discardedAt).not.toBeNull();
    expect((await admin.get('/api/admin/jobs')).body.failedEmails.map((mail: { id: string }) => mail.id)).not.toContain(id);
    expect((await admin.delete(`/api/admin/jobs/emails/${id}`)).status).toBe(404);
    expect((await admin.post(`/api/admin/jobs/emails/${id}/requeue`)).status).toBe(404);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'outbox_message', entityId: id } });
    expect(audit).toMatchObject({ action: 'outbox.discarded', actorId: adminId, before: { attempts: 8, lastError: 'ECONNREFUSED 127.0.0.1:2525' } });
  });

  it('requeues an e-mail with fresh attempts; the worker then delivers it over SMTP', async () => {
    const id = await exhaustedEmail(ctx, 'requeue@example.test');
    expect((await admin.post(`/api/admin/jobs/emails/${id}/requeue`)).status).toBe(204);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityType: 'outbox_message', entityId: id } });
    expect(audit).toMatchObject({ action: 'outbox.requeued', actorId: adminId });

    worker = await startTestWorker(ctx.config);
    const mail = await ctx.mailbox.waitFor('requeue@example.test');
    expect(mail.text).toContain('Anna');
    // SMTP accepted it just before the worker marks the row sent.
    let sentAt: Date | null = null;
    for (let tries = 0; tries < 50 && !sentAt; tries++) {
      sentAt = (await ctx.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).sentAt;
      if (!sentAt) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sentAt).not.toBeNull();
  });

  it('answers unknown queues and jobs with not found', async () => {
    expect((await admin.post('/api/admin/jobs/failed/nope/1/retry')).status).toBe(404);
    expect((await admin.delete(`/api/admin/jobs/failed/email/${randomUUID()}`)).status).toBe(404);
    expect((await admin.post('/api/admin/jobs/emails/not-a-uuid/requeue')).status).toBe(400);
  });
});
