import { startTestApp, type TestContext } from '../test/test-app';
import { startTestWorker } from '../test/test-worker';
import type { RunningWorker } from '../worker.factory';
import { withoutSecrets } from '../jobs/outbox-secrets';

async function eventually<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('One-time tokens do not stay in the outbox', () => {
  let ctx: TestContext;
  let worker: RunningWorker;

  beforeAll(async () => {
    ctx = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker.close();
    await ctx.close();
  });

  it('clears the verification link’s token from the payload once the mail is sent; the mailed link still works', async () => {
    const email = 'liga@example.test';
    const register = await ctx.client().post('/api/auth/register', { email, password: 'a-long-enough-password', displayName: 'Līga', locale: 'lv' });
    expect(register.status).toBe(202);
    const mail = await ctx.mailbox.waitFor(email);
    const token = /token=([\w-]+)/.exec(mail.text ?? '')![1]!;

    const row = await eventually(async () => {
      const found = await ctx.prisma.outboxMessage.findFirst({ where: { dedupeKey: { startsWith: 'verify-email:' }, payload: { path: ['to'], equals: email } } });
      return found?.sentAt ? found : null;
    }, 'the outbox row to be marked sent');
    expect(JSON.stringify(row.payload)).not.toContain(token);
    expect((row.payload as { params: { link: string } }).params.link).toBe('http://kopa.test/verify-email?token=sent');
    expect((row.payload as { params: { displayName: string } }).params.displayName).toBe('Līga');

    expect((await ctx.client().post('/api/auth/verify-email', { token })).status).toBe(204);
  });

  it('leaves links without a token and other params as they were', () => {
    const payload = { to: 'a@example.test', params: { link: 'https://kopa.example.lv/organisations', approved: true } };
    expect(withoutSecrets(payload)).toEqual(payload);
  });
});
