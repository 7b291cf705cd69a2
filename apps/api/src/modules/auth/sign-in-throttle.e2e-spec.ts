import { Redis } from 'ioredis';
import { PROBLEM_TYPES } from '@kopa/shared';
import type { TestContext } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { expectProblem, outboxEmails, startAuthTestApp, tokenFromOutbox } from './auth.e2e-helpers';
import { backoffMs, clientKey, FREE_FAILED_SIGN_INS } from './login-throttle';

const ATTACKER = '198.51.100.66';
const OWNER = '203.0.113.10';

describe('sign-in throttling per account and address (no lockout of the owner)', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  beforeAll(async () => {
    ctx = await startAuthTestApp();
    worker = await startTestWorker(ctx.config);
  }, 90_000);
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  const from = (remoteAddress: string) => ctx.client({ remoteAddress });
  const attempt = (remoteAddress: string, email: string, password: string) =>
    from(remoteAddress).post('/api/auth/login', { email, password });

  async function guessFrom(remoteAddress: string, email: string, times: number) {
    const answers = [];
    for (let i = 0; i < times; i++) answers.push(await attempt(remoteAddress, email, `wrong-guess-${i}`));
    return answers;
  }

  it('backs off exponentially after the free attempts, up to an hour', () => {
    expect([1, 4, 5, 6, 7, 20].map(backoffMs)).toEqual([0, 0, 60_000, 120_000, 240_000, 3_600_000]);
    expect(clientKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('slows down the guessing address with 429 and Retry-After, while the owner signs in from elsewhere', async () => {
    const owner = await createUser(ctx.prisma, { email: 'vija@example.test' });
    const answers = await guessFrom(ATTACKER, owner.email, FREE_FAILED_SIGN_INS);
    for (const answer of answers.slice(0, -1)) expectProblem(answer, 401, PROBLEM_TYPES.invalidCredentials);
    const throttled = answers.at(-1)!;
    expectProblem(throttled, 429, PROBLEM_TYPES.signInThrottled);
    expect(throttled.headers['retry-after']).toBe('60');
    expect(throttled.body.detail).toMatch(/try again in 1 min/);

    // Even the right password waits at the throttled address (it is not even checked)...
    const waiting = await attempt(ATTACKER, owner.email, TEST_PASSWORD);
    expectProblem(waiting, 429, PROBLEM_TYPES.signInThrottled);
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(60);
    // ...but the owner, elsewhere, is not locked out.
    const ownerClient = from(OWNER);
    expect((await ownerClient.login(owner.email, TEST_PASSWORD)).body.user.id).toBe(owner.id);
    expect((await ownerClient.get('/api/auth/me')).status).toBe(200);

    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: owner.id, action: 'user.login_failed' } });
    expect(audit).toHaveLength(FREE_FAILED_SIGN_INS);
    // No lock anywhere: nothing about the account itself changed.
    expect(await ctx.prisma.auditLog.count({ where: { entityId: owner.id, action: 'user.locked' } })).toBe(0);
  });

  it('doubles the wait with each further failure from the same address', async () => {
    const owner = await createUser(ctx.prisma, { email: 'zane@example.test' });
    const other = '198.51.100.67';
    await guessFrom(other, owner.email, FREE_FAILED_SIGN_INS);
    // The wait is a key in Redis with a time to live: let it lapse now rather than in a minute.
    const redis = new Redis(ctx.config.REDIS_URL);
    try {
      const blocked = await redis.keys(`${ctx.config.QUEUE_PREFIX}:login:*:blocked`);
      expect(blocked.length).toBeGreaterThan(0);
      await redis.del(...blocked);
    } finally {
      redis.disconnect();
    }
    const sixth = await attempt(other, owner.email, 'wrong-again');
    expectProblem(sixth, 429, PROBLEM_TYPES.signInThrottled);
    expect(sixth.headers['retry-after']).toBe('120');
  });

  it('treats an address without an account exactly alike (no account enumeration)', async () => {
    const answers = await guessFrom('198.51.100.68', 'nobody-at-all@example.test', FREE_FAILED_SIGN_INS);
    expectProblem(answers.at(-1)!, 429, PROBLEM_TYPES.signInThrottled);
    expect(answers.at(-1)!.headers['retry-after']).toBe('60');
  });

  it('lets the owner in at the throttled address after a reset through the e-mailed link', async () => {
    const owner = await createUser(ctx.prisma, { email: 'aija@example.test', locale: 'en' });
    const shared = '198.51.100.69';
    await guessFrom(shared, owner.email, FREE_FAILED_SIGN_INS);
    expectProblem(await attempt(shared, owner.email, TEST_PASSWORD), 429, PROBLEM_TYPES.signInThrottled);

    expect((await from(shared).post('/api/auth/forgot-password', { email: owner.email })).status).toBe(202);
    const { token } = await tokenFromOutbox(ctx.prisma, owner.email, 'reset-password');
    expect((await from(shared).post('/api/auth/reset-password', { token, password: 'a-brand-new-password' })).status).toBe(204);

    const client = from(shared);
    expect((await client.login(owner.email, 'a-brand-new-password')).body.user.id).toBe(owner.id);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: owner.id, action: 'user.password_reset' } });
    expect(audit.after).toMatchObject({ throttleCleared: true });
  });

  it('a right password from an address starts its count again', async () => {
    const owner = await createUser(ctx.prisma, { email: 'ints@example.test' });
    const home = '198.51.100.70';
    await guessFrom(home, owner.email, FREE_FAILED_SIGN_INS - 1);
    await from(home).login(owner.email, TEST_PASSWORD);
    const again = await guessFrom(home, owner.email, FREE_FAILED_SIGN_INS - 1);
    for (const answer of again) expectProblem(answer, 401, PROBLEM_TYPES.invalidCredentials);
  });

  it('tells the owner once, in their language, by e-mail and in the inbox, when the account sees repeated failures', async () => {
    const owner = await createUser(ctx.prisma, { email: 'kaspars@example.test', locale: 'lv' });
    // Spread over addresses, as a distributed guesser would: each pair stays under its own limit.
    for (let i = 0; i < FREE_FAILED_SIGN_INS * 2; i++) await attempt(`192.0.2.${i + 1}`, owner.email, 'wrong');

    const notices = await outboxEmails(ctx.prisma, owner.email, 'account-security-notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ locale: 'lv', params: { event: 'failed-sign-ins' } });
    const inbox = await ctx.prisma.notification.findMany({ where: { userId: owner.id } });
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ category: 'account', subject: 'Neveiksmīgi mēģinājumi pieslēgties Jūsu Kopa kontam' });
    expect(inbox[0]!.body).not.toMatch(/https?:/);

    const mail = await ctx.mailbox.waitFor(owner.email, (message) => message.subject === 'Neveiksmīgi mēģinājumi pieslēgties Jūsu Kopa kontam');
    expect(mail.text).toContain('konts nav bloķēts');
    expect(mail.text).toContain('Aizmirsāt paroli?');
  });
});
