import { Queue } from 'bullmq';
import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import { createUser } from '../../test/factories';
import type { TestClient } from '../../test/test-client';
import type { RunningWorker } from '../../worker.factory';
import { OutboxWriter, type EmailMessage } from '../../jobs/outbox.writer';
import type { EmailTemplateName } from '../../jobs/email-templates';
import { QUEUES } from '../../jobs/queue-names';

async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('In-app inbox: every e-mail to a user, once, in their language', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let queue: Queue;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    queue = new Queue(QUEUES.email, { connection: { url: ctx.config.REDIS_URL }, prefix: ctx.config.QUEUE_PREFIX });
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await ctx?.close();
  });

  function enqueue<T extends EmailTemplateName>(message: EmailMessage<T>): Promise<void> {
    const writer = ctx.app.get(OutboxWriter);
    return ctx.prisma.$transaction((tx) => writer.enqueueEmail(tx, message));
  }

  async function person(locale: 'lv' | 'en' = 'lv') {
    const user = await createUser(ctx.prisma, { displayName: locale === 'lv' ? 'Līga Bērziņa' : 'John Smith', locale });
    return { user, client: await ctx.client().signInAs(user.id) };
  }

  const clarification = (dedupeKey: string, to: string, locale: 'lv' | 'en', id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa') => ({
    dedupeKey,
    to,
    locale,
    template: 'clarification-requested' as const,
    params: { displayName: 'X', referenceNumber: 'K-2026-0001', message: 'Precizējiet budžetu.', dueAt: '1. dec.', link: `http://kopa.test/applications/${id}` },
  });

  it('files a mail to a user once in the inbox, in the user\'s language, even when the message and its job repeat', async () => {
    const { user, client } = await person('en');
    const dedupeKey = `clarification-requested:once:${user.id}`;
    await enqueue(clarification(dedupeKey, user.email, 'en'));
    await enqueue(clarification(dedupeKey, user.email, 'en'));

    await ctx.mailbox.waitFor(user.email);
    const row = await eventually(async () => (await ctx.prisma.outboxMessage.findUnique({ where: { dedupeKey } }))?.sentAt && ctx.prisma.outboxMessage.findUnique({ where: { dedupeKey } }), 'sent');
    // The job runs again (a lost acknowledgement): still one e-mail and one notification.
    const again = await queue.add('email', { outboxId: row!.id }, { jobId: `again-${row!.id}` });
    await eventually(async () => (await again.getState()) === 'completed', 'the repeated job');
    await settle();
    expect(ctx.mailbox.to(user.email)).toHaveLength(1);
    expect(await ctx.prisma.notification.count({ where: { userId: user.id } })).toBe(1);

    const inbox = await client.get('/api/notifications');
    expect(inbox.status).toBe(200);
    expect(inbox.body).toMatchObject({ total: 1, unreadCount: 1, page: 1, pageSize: 20 });
    expect(inbox.body.items[0]).toMatchObject({
      category: 'applications',
      subject: 'Clarification requested for application K-2026-0001',
      link: '/applications/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      readAt: null,
    });
    expect(inbox.body.items[0].body).toContain('Precizējiet budžetu.');
    expect(inbox.body.items[0].body).not.toContain('http');
  });

  it('writes the Latvian text for a Latvian user and never stores a one-time link', async () => {
    const { user, client } = await person('lv');
    const link = 'http://kopa.test/reset-password?token=secret-token-value';
    await enqueue({ dedupeKey: `reset-password:${user.id}`, to: user.email, locale: 'lv', template: 'reset-password', params: { displayName: 'Līga', link } });
    const inbox = await client.get('/api/notifications');
    expect(inbox.body.items).toHaveLength(1);
    expect(inbox.body.items[0]).toMatchObject({ category: 'account', link: null });
    expect(inbox.body.items[0].subject).toMatch(/parol/i);
    expect(JSON.stringify(inbox.body.items[0])).not.toContain('secret-token-value');
    expect((await ctx.mailbox.waitFor(user.email)).text).toContain(link);
  });

  it('skips the e-mail of a category the user opted out of, but keeps the notification', async () => {
    const { user, client } = await person('lv');
    const saved = await client.put('/api/notifications/preferences', { items: [{ category: 'applications', email: false }] });
    expect(saved.status).toBe(200);
    expect(saved.body.items).toEqual(expect.arrayContaining([
      { category: 'applications', email: false, editable: true },
      { category: 'account', email: true, editable: false },
      { category: 'review', email: true, editable: true },
    ]));
    const dedupeKey = `clarification-requested:optout:${user.id}`;
    await enqueue(clarification(dedupeKey, user.email, 'lv'));
    // An account mail in the same breath: it must arrive, proving the worker ran past the skipped one.
    await enqueue({ dedupeKey: `password-changed:optout:${user.id}`, to: user.email, locale: 'lv', template: 'password-changed', params: { displayName: 'Līga' } });
    await ctx.mailbox.waitFor(user.email);
    await settle();
    expect(ctx.mailbox.to(user.email).map((mail) => mail.subject)).toEqual([expect.stringMatching(/parol/i)]);
    expect(await ctx.prisma.outboxMessage.count({ where: { dedupeKey } })).toBe(0);
    const inbox = await client.get('/api/notifications');
    expect(inbox.body.items.map((item: { category: string }) => item.category).sort()).toEqual(['account', 'applications']);
    expect(inbox.body.items.find((item: { category: string }) => item.category === 'applications').subject).toBe('Pieteikumam K-2026-0001 nepieciešami precizējumi');
  });

  it('refuses to switch off account mail', async () => {
    const { client } = await person('lv');
    const refused = await client.put('/api/notifications/preferences', { items: [{ category: 'account', email: false }] });
    expect(refused.status).toBe(400);
    const repeated = await client.put('/api/notifications/preferences', { items: [{ category: 'review', email: false }, { category: 'review', email: true }] });
    expect(repeated.status).toBe(400);
  });

  it('pages, filters unread, counts, and marks one or all read', async () => {
    const { user, client } = await person('lv');
    for (let index = 0; index < 5; index++) {
      await enqueue(clarification(`clarification-requested:page:${user.id}:${index}`, user.email, 'lv'));
    }
    const firstPage = await client.get('/api/notifications?page=1&pageSize=2');
    expect(firstPage.body).toMatchObject({ total: 5, unreadCount: 5, page: 1, pageSize: 2 });
    expect(firstPage.body.items).toHaveLength(2);
    const lastPage = await client.get('/api/notifications?page=3&pageSize=2');
    expect(lastPage.body.items).toHaveLength(1);
    expect((await client.get('/api/notifications?pageSize=500')).status).toBe(400);
    expect((await client.get('/api/notifications?page=0')).status).toBe(400);

    const read = await client.post(`/api/notifications/${firstPage.body.items[0].id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await client.get('/api/notifications/unread-count')).body).toEqual({ unreadCount: 4 });
    const unread = await client.get('/api/notifications?unread=true&pageSize=50');
    expect(unread.body).toMatchObject({ total: 4, unreadCount: 4 });

    const all = await client.post('/api/notifications/read-all');
    expect(all.body).toEqual({ marked: 4, unreadCount: 0 });
    expect((await client.get('/api/notifications?unread=true')).body.total).toBe(0);
  });

  it('shows, marks and counts only the caller\'s own notifications', async () => {
    const owner = await person('lv');
    const other: { client: TestClient } = await person('en');
    await enqueue(clarification(`clarification-requested:iso:${owner.user.id}`, owner.user.email, 'lv'));
    const mine = (await owner.client.get('/api/notifications')).body.items[0];

    expect((await other.client.get('/api/notifications')).body).toMatchObject({ total: 0, unreadCount: 0, items: [] });
    expect((await other.client.post(`/api/notifications/${mine.id}/read`)).status).toBe(404);
    await other.client.post('/api/notifications/read-all');
    expect((await owner.client.get('/api/notifications/unread-count')).body).toEqual({ unreadCount: 1 });
    expect((await ctx.client().get('/api/notifications')).status).toBe(401);
    expect((await owner.client.post('/api/notifications/not-a-uuid/read')).status).toBe(400);
  });

  it('writes no notification for an address without an account', async () => {
    const to = `nobody-${Date.now()}@example.test`;
    await enqueue({ dedupeKey: `organisation-invitation:nobody:${to}`, to, locale: 'lv', template: 'organisation-invitation', params: { organisationName: 'Biedrība', inviterName: 'Anna', link: 'http://kopa.test/invitations/accept?token=t' } });
    expect(await ctx.prisma.notification.count({ where: { dedupeKey: `organisation-invitation:nobody:${to}` } })).toBe(0);
    await ctx.mailbox.waitFor(to);
  });
});
