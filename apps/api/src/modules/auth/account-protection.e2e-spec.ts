import { PROBLEM_TYPES } from '@kopa/shared';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import type { TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { expectProblem, startAuthTestApp, tokenFromOutbox } from './auth.e2e-helpers';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const FIREFOX_UPDATED = 'Mozilla/5.0 (X11; Linux x86_64; rv:141.0) Gecko/20100101 Firefox/141.0';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Mobile/15E148 Safari/604.1';

describe('new-device sign-in e-mail and the common-password check', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  beforeAll(async () => {
    ctx = await startAuthTestApp();
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker.close();
    await ctx.close();
  });

  it('e-mails the owner (in their language) about a sign-in from a new browser or network, once', async () => {
    const user = await createUser(ctx.prisma, { locale: 'en', displayName: 'Anna Liepa' });
    await ctx.client({ userAgent: FIREFOX, remoteAddress: '10.1.2.3' }).login(user.email, TEST_PASSWORD);
    // The same browser after an update, from another address of the same network: not new.
    await ctx.client({ userAgent: FIREFOX_UPDATED, remoteAddress: '10.1.2.77' }).login(user.email, TEST_PASSWORD);
    await ctx.client({ userAgent: PHONE, remoteAddress: '192.0.2.10' }).login(user.email, TEST_PASSWORD);

    const mail = await ctx.mailbox.waitFor(user.email, (message) => message.subject === 'New sign-in to your Kopa account');
    expect(mail.text).toContain('Hello Anna Liepa');
    expect(mail.text).toContain('iPhone');
    expect(mail.text).toContain('192.0.2.0/24');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The first device of an account is not news, and the updated Firefox was recognised.
    expect(ctx.mailbox.to(user.email).filter((m) => m.subject === 'New sign-in to your Kopa account')).toHaveLength(1);
    expect(await ctx.prisma.knownDevice.count({ where: { userId: user.id } })).toBe(2);
  });

  it('writes the e-mail in Latvian for a Latvian user', async () => {
    const user = await createUser(ctx.prisma, { locale: 'lv' });
    await ctx.client({ userAgent: FIREFOX }).login(user.email, TEST_PASSWORD);
    await ctx.client({ userAgent: PHONE }).login(user.email, TEST_PASSWORD);
    const mail = await ctx.mailbox.waitFor(user.email);
    expect(mail.subject).toBe('Pieslēgšanās Jūsu Kopa kontam no jaunas ierīces');
  });

  it('refuses a common or breached password on registration, reset and change, with a field error', async () => {
    const register = await ctx.client().post('/api/auth/register', {
      email: 'common@example.test',
      password: 'password123',
      displayName: 'Common',
    });
    expectProblem(register, 400, PROBLEM_TYPES.validation);
    expect(register.body.errors).toEqual([expect.objectContaining({ path: 'password', code: 'common_password' })]);
    expect(await ctx.prisma.user.count({ where: { email: 'common@example.test' } })).toBe(0);

    const user = await createUser(ctx.prisma);
    const client = await ctx.client().signInAs(user.id);
    const change = await client.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'QWERTYUIOP' });
    expect(change.body.errors).toEqual([expect.objectContaining({ path: 'newPassword', code: 'common_password' })]);

    await ctx.client().post('/api/auth/forgot-password', { email: user.email });
    const { token } = await tokenFromOutbox(ctx.prisma, user.email, 'reset-password');
    const reset = await ctx.client().post('/api/auth/reset-password', { token, password: '1234567890' });
    expect(reset.body.errors).toEqual([expect.objectContaining({ path: 'password', code: 'common_password' })]);
    // The link still works for a good password: nothing was used up.
    expect((await ctx.client().post('/api/auth/reset-password', { token, password: 'Rudens lapas Ludzā' })).status).toBe(204);
  });
});
