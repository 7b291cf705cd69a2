import { createUser } from '../../test/factories';
import { startTestApp, type TestContext } from '../../test/test-app';
import { RETENTION_DAYS, RetentionService } from './retention.service';
import { RetentionProcessor } from './retention.processor';
import { Queue } from 'bullmq';
import { QUEUES } from '../../jobs/queue-names';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';

const DAY = 24 * 3_600_000;

describe('retention job (scheduled housekeeping of personal data)', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker.close();
    await ctx.close();
  });

  it('deletes ended sessions, spent tokens, used recovery codes and stale devices, and empties old sent e-mails; keeps the rest', async () => {
    const now = new Date('2027-03-01T10:00:00Z');
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const user = await createUser(ctx.prisma);
    const session = (data: { expiresAt: Date; revokedAt?: Date }) =>
      ctx.prisma.session.create({ data: { userId: user.id, tokenHash: `h-${Math.random()}`, ...data } });
    const oldExpired = await session({ expiresAt: ago(RETENTION_DAYS.endedSessions + 1) });
    const oldRevoked = await session({ expiresAt: new Date(now.getTime() + DAY), revokedAt: ago(RETENTION_DAYS.endedSessions + 1) });
    const recentExpired = await session({ expiresAt: ago(RETENTION_DAYS.endedSessions - 1) });
    const active = await session({ expiresAt: new Date(now.getTime() + DAY) });
    const token = (data: { expiresAt: Date; usedAt?: Date }) =>
      ctx.prisma.authToken.create({ data: { userId: user.id, kind: 'password_reset', tokenHash: `t-${Math.random()}`, ...data } });
    const spent = await token({ expiresAt: ago(RETENTION_DAYS.spentAuthTokens + 1) });
    const fresh = await token({ expiresAt: new Date(now.getTime() + DAY) });
    await ctx.prisma.recoveryCode.createMany({
      data: [
        { userId: user.id, codeHash: 'used-long-ago', usedAt: ago(RETENTION_DAYS.usedRecoveryCodes + 1) },
        { userId: user.id, codeHash: 'unused' },
      ],
    });
    await ctx.prisma.knownDevice.createMany({
      data: [
        { userId: user.id, fingerprint: 'stale', lastSeenAt: ago(RETENTION_DAYS.staleKnownDevices + 1) },
        { userId: user.id, fingerprint: 'recent', lastSeenAt: ago(3) },
      ],
    });
    const payload = { to: user.email, locale: 'lv', template: 'password-changed', params: { displayName: 'Ilze' } };
    await ctx.prisma.outboxMessage.createMany({
      data: [
        { dedupeKey: 'old-sent', kind: 'email', payload, sentAt: ago(RETENTION_DAYS.sentEmailPayloads + 1) },
        { dedupeKey: 'recent-sent', kind: 'email', payload, sentAt: ago(1) },
        { dedupeKey: 'unsent', kind: 'email', payload },
      ],
    });

    const result = await worker.app.get(RetentionService).run(now);
    expect(result).toEqual({ endedSessions: 2, spentAuthTokens: 1, sentEmailPayloads: 1, usedRecoveryCodes: 1, staleKnownDevices: 1 });

    const sessions = (await ctx.prisma.session.findMany({ where: { userId: user.id } })).map((s) => s.id).sort();
    expect(sessions).toEqual([recentExpired.id, active.id].sort());
    expect(sessions).not.toContain(oldExpired.id);
    expect(sessions).not.toContain(oldRevoked.id);
    expect((await ctx.prisma.authToken.findMany({ where: { userId: user.id } })).map((t) => t.id)).toEqual([fresh.id]);
    expect(spent.id).not.toBe(fresh.id);
    expect((await ctx.prisma.recoveryCode.findMany({ where: { userId: user.id } })).map((c) => c.codeHash)).toEqual(['unused']);
    expect((await ctx.prisma.knownDevice.findMany({ where: { userId: user.id } })).map((d) => d.fingerprint)).toEqual(['recent']);
    const outbox = await ctx.prisma.outboxMessage.findMany({ orderBy: { dedupeKey: 'asc' } });
    expect(outbox.map((row) => [row.dedupeKey, row.payload])).toEqual([
      ['old-sent', { redacted: true }],
      ['recent-sent', payload],
      ['unsent', payload],
    ]);

    // Running it again changes nothing.
    expect(await worker.app.get(RetentionService).run(now)).toEqual({
      endedSessions: 0,
      spentAuthTokens: 0,
      sentEmailPayloads: 0,
      usedRecoveryCodes: 0,
      staleKnownDevices: 0,
    });
  });

  it('is registered by the worker as a repeatable job on the maintenance queue', async () => {
    const queue = new Queue(QUEUES.maintenance, {
      connection: { url: ctx.config.REDIS_URL },
      prefix: ctx.config.QUEUE_PREFIX,
    });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual([expect.objectContaining({ key: 'retention-daily', pattern: '15 3 * * *', tz: 'Europe/Riga' })]);
    } finally {
      await queue.close();
    }
    // The handler the schedule runs works against the real database.
    expect(await worker.app.get(RetentionProcessor).process()).toMatchObject({ endedSessions: expect.any(Number) });
  });
});
