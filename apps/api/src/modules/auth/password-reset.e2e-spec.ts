import { PROBLEM_TYPES } from '@kopa/shared';
import type { TestContext } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { expectProblem, outboxEmails, startAuthTestApp, tokenFromOutbox } from './auth.e2e-helpers';

describe('forgotten and changed passwords (/api/auth)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startAuthTestApp();
  });
  afterAll(() => ctx.close());

  const NEW_PASSWORD = 'a-brand-new-password';

  it('answers 202 for an unknown address and sends nothing', async () => {
    const response = await ctx.client().post('/api/auth/forgot-password', { email: 'ghost@example.test' });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({});
    expect(await outboxEmails(ctx.prisma, 'ghost@example.test')).toEqual([]);
  });

  it('resets with the e-mailed link: revokes every session and tells the user', async () => {
    const user = await createUser(ctx.prisma, { email: 'rasma@example.test', locale: 'en' });
    const laptop = ctx.client();
    await laptop.login(user.email, TEST_PASSWORD);
    const phone = ctx.client();
    await phone.login(user.email, TEST_PASSWORD);

    expect((await ctx.client().post('/api/auth/forgot-password', { email: 'Rasma@Example.test' })).status).toBe(202);
    const [email] = await outboxEmails(ctx.prisma, user.email, 'reset-password');
    expect(email).toMatchObject({ locale: 'en', params: { displayName: user.displayName } });
    const { token, link } = await tokenFromOutbox(ctx.prisma, user.email, 'reset-password');
    expect(`${link.origin}${link.pathname}`).toBe('http://kopa.test/reset-password');
    const stored = await ctx.prisma.authToken.findFirstOrThrow({ where: { userId: user.id, kind: 'password_reset' } });
    expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000).toBeCloseTo(60, 0);

    const response = await ctx.client().post('/api/auth/reset-password', { token, password: NEW_PASSWORD });
    expect(response.status).toBe(204);

    expectProblem(await laptop.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);
    expectProblem(await phone.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);
    expectProblem(
      await ctx.client().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD }),
      401,
      PROBLEM_TYPES.invalidCredentials,
    );
    await ctx.client().login(user.email, NEW_PASSWORD);

    expect(await outboxEmails(ctx.prisma, user.email, 'password-changed')).toEqual([
      expect.objectContaining({ locale: 'en', params: { displayName: user.displayName } }),
    ]);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: 'user.password_reset' } });
    expect(audit.after).toMatchObject({ sessionsRevoked: 2 });
    expect(JSON.stringify(await ctx.prisma.auditLog.findMany())).not.toContain('$argon2');

    // Single use.
    expectProblem(
      await ctx.client().post('/api/auth/reset-password', { token, password: 'yet-another-password' }),
      400,
      PROBLEM_TYPES.invalidToken,
    );
  });

  it('refuses an expired or superseded reset link and keeps the old password', async () => {
    const user = await createUser(ctx.prisma);
    await ctx.client().post('/api/auth/forgot-password', { email: user.email });
    const first = await tokenFromOutbox(ctx.prisma, user.email, 'reset-password');
    await ctx.client().post('/api/auth/forgot-password', { email: user.email });
    const second = await tokenFromOutbox(ctx.prisma, user.email, 'reset-password');
    expectProblem(
      await ctx.client().post('/api/auth/reset-password', { token: first.token, password: NEW_PASSWORD }),
      400,
      PROBLEM_TYPES.invalidToken,
    );

    await ctx.prisma.authToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectProblem(
      await ctx.client().post('/api/auth/reset-password', { token: second.token, password: NEW_PASSWORD }),
      400,
      PROBLEM_TYPES.invalidToken,
    );
    await ctx.client().login(user.email, TEST_PASSWORD);
  });

  it('a verification token is not a reset token', async () => {
    await ctx.client().post('/api/auth/register', {
      email: 'sandra@example.test',
      password: 'a-long-enough-password',
      displayName: 'Sandra',
    });
    const { token } = await tokenFromOutbox(ctx.prisma, 'sandra@example.test', 'verify-email');
    expectProblem(
      await ctx.client().post('/api/auth/reset-password', { token, password: NEW_PASSWORD }),
      400,
      PROBLEM_TYPES.invalidToken,
    );
  });

  it('changes the password with the current one; other sessions end, this one stays', async () => {
    const user = await createUser(ctx.prisma);
    const here = ctx.client();
    await here.login(user.email, TEST_PASSWORD);
    const elsewhere = ctx.client();
    await elsewhere.login(user.email, TEST_PASSWORD);

    const wrong = await here.post('/api/auth/change-password', { currentPassword: 'not-it', newPassword: NEW_PASSWORD });
    expectProblem(wrong, 400, PROBLEM_TYPES.validation);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ path: 'currentPassword' })]);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200);

    const tooShort = await here.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expectProblem(tooShort, 400, PROBLEM_TYPES.validation);
    expect(tooShort.body.errors[0].path).toBe('newPassword');

    const response = await here.post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expectProblem(await elsewhere.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);
    await ctx.client().login(user.email, NEW_PASSWORD);
    expectProblem(
      await ctx.client().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD }),
      401,
      PROBLEM_TYPES.invalidCredentials,
    );
    expect(await outboxEmails(ctx.prisma, user.email, 'password-changed')).toHaveLength(1);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: 'user.password_changed' } });
    expect(audit).toMatchObject({ actorId: user.id, after: { otherSessionsRevoked: 1 } });
  });
});
