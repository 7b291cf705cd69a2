import { closedPort } from '../test/closed-port';
import { Queue } from 'bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory';
import { startTestApp, type TestContext } from '../test/test-app';
import { startTestWorker } from '../test/test-worker';
import type { RunningWorker } from '../worker.factory';
import { EmailProcessor } from './email.processor';
import { OutboxRelay } from './outbox.relay';
import { OutboxWriter, type EmailMessage } from './outbox.writer';
import { QUEUES } from './queue-names';
import type { EmailTemplateName } from './email-templates';

const onlineRedisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let sequence = 0;
const uniqueAddress = (name: string) => `${name}-${Date.now().toString(36)}${(sequence++).toString(36)}@example.test`;

function enqueue<T extends EmailTemplateName>(ctx: TestContext, message: EmailMessage<T>): Promise<void> {
  const writer = ctx.app.get(OutboxWriter);
  return ctx.prisma.$transaction((tx) => writer.enqueueEmail(tx, message));
}

async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const outboxRow = (ctx: TestContext, dedupeKey: string) => ctx.prisma.outboxMessage.findUnique({ where: { dedupeKey } });
const sentRow = (ctx: TestContext, dedupeKey: string) =>
  eventually(async () => (await outboxRow(ctx, dedupeKey))?.sentAt && outboxRow(ctx, dedupeKey), `${dedupeKey} to be sent`);

/** Gives the relay and worker a few more rounds to do something they should not. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function testQueue(ctx: Pick<TestContext, 'config'>): Queue {
  return new Queue(QUEUES.email, { connection: { url: ctx.config.REDIS_URL }, prefix: ctx.config.QUEUE_PREFIX });
}

describe('e-mail delivery through the outbox', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let queue: Queue;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    queue = testQueue(ctx);
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true }); // leave nothing of this file in the shared Redis
    await queue?.close();
    await ctx?.close();
  });

  it('delivers a Latvian message once, with its subject, link and a Message-ID from the outbox id', async () => {
    const to = uniqueAddress('liga');
    const dedupeKey = `verify-email:${to}`;
    const link = 'http://kopa.test/verify-email?token=lv-token-1';
    await enqueue(ctx, { dedupeKey, to, locale: 'lv', template: 'verify-email', params: { displayName: 'Līga Bērziņa', link } });

    const mail = await ctx.mailbox.waitFor(to);
    expect(mail.subject).toBe('Apstipriniet savu e-pasta adresi sistēmā Kopa');
    expect(mail.text).toContain('Labdien, Līga Bērziņa!');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain('<html lang="lv">');
    expect(mail.headers.get('content-language')).toBe('lv');
    expect(mail.from?.text).toContain('no-reply@kopa.local');

    const row = await sentRow(ctx, dedupeKey);
    expect(mail.messageId).toBe(`<outbox-${row.id}@kopa.local>`);
    expect(row).toMatchObject({ attempts: 0, lastError: null });
    expect(row.relayedAt).not.toBeNull();
    await settle();
    expect(ctx.mailbox.to(to)).toHaveLength(1);
  });

  it('writes English for a user who chose English', async () => {
    const to = uniqueAddress('john');
    const link = 'http://kopa.test/reset-password?token=en-token-1';
    await enqueue(ctx, { dedupeKey: `reset:${to}`, to, locale: 'en', template: 'reset-password', params: { displayName: 'John', link } });

    const mail = await ctx.mailbox.waitFor(to);
    expect(mail.subject).toBe('Reset your Kopa password');
    expect(mail.text).toContain('Hello John,');
    expect(mail.text).toContain(link);
    expect(mail.html).toContain('<html lang="en">');
  });

  it('keeps one row and sends one e-mail when the same dedupeKey is written twice', async () => {
    const to = uniqueAddress('twice');
    const dedupeKey = `password-changed:${to}`;
    await enqueue(ctx, { dedupeKey, to, locale: 'lv', template: 'password-changed', params: { displayName: 'Pirmā' } });
    await enqueue(ctx, { dedupeKey, to, locale: 'en', template: 'password-changed', params: { displayName: 'Second' } });

    expect(await ctx.prisma.outboxMessage.count({ where: { dedupeKey } })).toBe(1);
    const mail = await ctx.mailbox.waitFor(to);
    expect(mail.text).toContain('Labdien, Pirmā!');
    await sentRow(ctx, dedupeKey);
    await settle();
    expect(ctx.mailbox.to(to)).toHaveLength(1);
  });

  it('sends once when the job for a message runs again after it was sent', async () => {
    const to = uniqueAddress('rerun');
    const dedupeKey = `password-changed:${to}`;
    await enqueue(ctx, { dedupeKey, to, locale: 'en', template: 'password-changed', params: { displayName: 'Rerun' } });
    const row = await sentRow(ctx, dedupeKey);

    // A second job for the same outbox row, as after a lost acknowledgement or a manual retry.
    const again = await queue.add('email', { outboxId: row.id }, { jobId: `again-${row.id}` });
    await eventually(async () => (await again.getState()) === 'completed', 'the repeated job to complete');
    expect((await queue.getJob(again.id!))?.returnvalue).toEqual({ status: 'already-sent' });
    // Re-adding with the outbox id as job id is ignored by BullMQ altogether.
    const duplicate = await queue.add('email', { outboxId: row.id }, { jobId: row.id });
    expect(await duplicate.getState()).toBe('completed');

    await settle();
    expect(ctx.mailbox.to(to)).toHaveLength(1);
  });

  it('sends once when two attempts for the same message run at the same time', async () => {
    const to = uniqueAddress('race');
    const dedupeKey = `password-changed:${to}`;
    // Written as relayed, so only the two direct attempts below touch it.
    const row = await ctx.prisma.outboxMessage.create({
      data: {
        dedupeKey,
        kind: 'email',
        relayedAt: new Date(),
        payload: { dedupeKey, to, locale: 'lv', template: 'password-changed', params: { displayName: 'Sacensība' } },
      },
    });
    const processor = worker.app.get(EmailProcessor);

    const outcomes = await Promise.all([processor.deliver(row.id), processor.deliver(row.id), processor.deliver(row.id)]);

    expect(outcomes.filter((outcome) => outcome.status === 'sent')).toHaveLength(1);
    await ctx.mailbox.waitFor(to);
    await settle();
    expect(ctx.mailbox.to(to)).toHaveLength(1);
    expect(await processor.deliver(row.id)).toEqual({ status: 'already-sent' });
  });

  it('waits out the claim of a sender that died mid-send, then sends', async () => {
    const to = uniqueAddress('crashed');
    const dedupeKey = `password-changed:${to}`;
    const row = await ctx.prisma.outboxMessage.create({
      data: {
        dedupeKey,
        kind: 'email',
        relayedAt: new Date(),
        // Claimed almost two minutes ago by a worker that never finished: the claim expires in half a second.
        claimedAt: new Date(Date.now() - 119_500),
        payload: { dedupeKey, to, locale: 'en', template: 'password-changed', params: { displayName: 'Crashed' } },
      },
    });

    const job = await queue.add('email', { outboxId: row.id }, { jobId: row.id, attempts: 8 });
    await eventually(async () => (await job.getState()) === 'delayed', 'the job to wait for the claim');
    expect(ctx.mailbox.to(to)).toHaveLength(0);

    const mail = await ctx.mailbox.waitFor(to, undefined, 8_000);
    expect(mail.subject).toBe('Your Kopa password was changed');
    const sent = await sentRow(ctx, dedupeKey);
    expect(sent.attempts).toBe(0); // waiting for a claim is not a failed attempt
    await settle();
    expect(ctx.mailbox.to(to)).toHaveLength(1);
  });

  it('records the failed attempt, retries with backoff and delivers once SMTP works', async () => {
    // The only worker now is one whose SMTP server does not answer.
    await worker.close();
    const broken = await startTestWorker(ctx.config, { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}` });
    worker = broken;
    const to = uniqueAddress('retry');
    const dedupeKey = `verify-email:${to}`;
    const link = 'http://kopa.test/verify-email?token=retry';
    await enqueue(ctx, { dedupeKey, to, locale: 'lv', template: 'verify-email', params: { displayName: 'Ēriks', link } });

    const failed = await eventually(async () => {
      const row = await outboxRow(ctx, dedupeKey);
      return row && row.attempts >= 1 ? row : undefined;
    }, 'the first attempt to fail');
    expect(failed.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    expect(failed.claimedAt).toBeNull();
    expect(failed.sentAt).toBeNull();
    const job = (await queue.getJob(failed.id))!;
    await eventually(async () => (await job.getState()) === 'delayed', 'the job to wait for its retry');
    expect(job.opts).toMatchObject({ attempts: 8, backoff: { type: 'exponential', delay: 5_000 } });

    // SMTP is back (a worker that can reach it); skip the 5 s backoff rather than sleep through it.
    await broken.close();
    worker = await startTestWorker(ctx.config);
    await job.promote();

    const mail = await ctx.mailbox.waitFor(to);
    expect(mail.text).toContain(link);
    const sent = await sentRow(ctx, dedupeKey);
    expect(sent).toMatchObject({ attempts: 1 });
    expect(sent.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    const finished = (await queue.getJob(failed.id))!;
    expect(finished.attemptsMade).toBe(2);
    await settle();
    expect(ctx.mailbox.to(to)).toHaveLength(1);
  });
});

describe('e-mail delivery when Redis is down', () => {
  let ctx: TestContext;
  let replica: NestFastifyApplication | undefined;
  let worker: RunningWorker | undefined;

  beforeAll(async () => {
    ctx = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
  });
  afterAll(async () => {
    await worker?.close();
    await replica?.close();
    if (ctx) {
      const queue = testQueue({ config: { ...ctx.config, REDIS_URL: onlineRedisUrl } });
      await queue.obliterate({ force: true });
      await queue.close();
      await ctx.close();
    }
  });

  it('keeps the message in the outbox and the API answering, then delivers once Redis is reachable', async () => {
    const to = uniqueAddress('offline');
    const dedupeKey = `verify-email:${to}`;
    const link = 'http://kopa.test/verify-email?token=offline';
    await enqueue(ctx, { dedupeKey, to, locale: 'en', template: 'verify-email', params: { displayName: 'Offline', link } });

    const started = Date.now();
    const result = await ctx.app.get(OutboxRelay).relayOnce();
    // Fails fast: no waiting for a connection, nor for the 5 s add timeout.
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(result.relayed).toBe(0);
    expect(result.error).toMatch(/redis/i);
    expect((await outboxRow(ctx, dedupeKey))?.relayedAt).toBeNull();

    const client = ctx.client();
    expect((await client.get('/api/health/live')).status).toBe(200);
    const ready = await client.get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.redis).toBe('down');

    // Another API replica on the same database that does reach Redis picks the row up.
    const online = { ...ctx.config, REDIS_URL: onlineRedisUrl };
    replica = await createApp(online);
    worker = await startTestWorker(online);
    const mail = await ctx.mailbox.waitFor(to);
    expect(mail.text).toContain(link);
    const sent = await sentRow(ctx, dedupeKey);
    expect(sent.relayedAt).not.toBeNull();
    await settle();
    expect(ctx.mailbox.to(to)).toHaveLength(1);
  });
});
