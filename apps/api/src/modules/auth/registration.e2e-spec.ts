import { PROBLEM_TYPES } from '@kopa/shared';
import type { TestContext } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import { expectProblem, outboxEmails, startAuthTestApp, tokenFromOutbox } from './auth.e2e-helpers';

describe('registration and e-mail verification (/api/auth)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startAuthTestApp();
  });
  afterAll(() => ctx.close());

  const password = 'a-long-enough-password';
  const register = (email: string, overrides: Record<string, unknown> = {}) =>
    ctx.client().post('/api/auth/register', { email, password, displayName: 'Anna Bērziņa', locale: 'en', ...overrides });

  it('registers, e-mails a link, verifies the address, then lets the user sign in', async () => {
    const response = await register('  Anna@Example.TEST ');
    expect(response.status).toBe(202);
    expect(response.body).toEqual({});

    const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'anna@example.test' } });
    expect(user).toMatchObject({ roles: ['applicant'], emailVerifiedAt: null, locale: 'en', displayName: 'Anna Bērziņa' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);

    const [email] = await outboxEmails(ctx.prisma, 'anna@example.test', 'verify-email');
    expect(email).toMatchObject({ locale: 'en', params: { displayName: 'Anna Bērziņa' } });
    expect(email.dedupeKey).toMatch(/^verify-email:[0-9a-f-]{36}$/);
    const { token, link } = await tokenFromOutbox(ctx.prisma, 'anna@example.test', 'verify-email');
    expect(`${link.origin}${link.pathname}`).toBe('http://kopa.test/verify-email');

    // Only the hash of the token is stored.
    const stored = await ctx.prisma.authToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.kind).toBe('email_verification');
    expect(stored.tokenHash).not.toContain(token);
    const hoursValid = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 3_600_000;
    expect(hoursValid).toBeCloseTo(48, 1);

    const client = ctx.client();
    expectProblem(
      await client.post('/api/auth/login', { email: 'anna@example.test', password }),
      403,
      PROBLEM_TYPES.emailNotVerified,
    );

    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(204);
    const login = await client.login('anna@example.test', password);
    expect(login.body).toEqual({
      secondFactorRequired: false,
      user: {
        id: user.id,
        email: 'anna@example.test',
        displayName: 'Anna Bērziņa',
        roles: ['applicant'],
        locale: 'en',
        emailVerified: true,
        totpEnabled: false,
        totpEnrolmentRequired: false,
      },
    });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toContain(`${SESSION_COOKIE}=`);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await client.get('/api/auth/me')).body.email).toBe('anna@example.test');

    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['user.registered', 'user.email_verified', 'user.login']);
    const everything = JSON.stringify(await ctx.prisma.auditLog.findMany());
    expect(everything).not.toContain('$argon2');
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(stored.tokenHash);
  });

  it('refuses a used, unknown or expired verification token with 400 invalid-token', async () => {
    await register('bruno@example.test');
    const { token } = await tokenFromOutbox(ctx.prisma, 'bruno@example.test', 'verify-email');
    const client = ctx.client();
    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(204);
    expectProblem(await client.post('/api/auth/verify-email', { token }), 400, PROBLEM_TYPES.invalidToken);
    expectProblem(
      await client.post('/api/auth/verify-email', { token: 'x'.repeat(43) }),
      400,
      PROBLEM_TYPES.invalidToken,
    );

    await register('cilda@example.test');
    const expired = await tokenFromOutbox(ctx.prisma, 'cilda@example.test', 'verify-email');
    await ctx.prisma.authToken.updateMany({
      where: { user: { email: 'cilda@example.test' } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expectProblem(await client.post('/api/auth/verify-email', { token: expired.token }), 400, PROBLEM_TYPES.invalidToken);
    const cilda = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'cilda@example.test' } });
    expect(cilda.emailVerifiedAt).toBeNull();
  });

  it('answers the same for an address that is already registered, and changes nothing', async () => {
    const existing = await createUser(ctx.prisma, { email: 'dace@example.test' });
    const response = await register('dace@example.test', { password: 'another-password-1', displayName: 'Intruder' });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({});
    expect(await outboxEmails(ctx.prisma, 'dace@example.test')).toEqual([]);
    const after = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'dace@example.test' } });
    expect(after).toEqual(existing);
    await ctx.client().login('dace@example.test', TEST_PASSWORD);
  });

  it('lets the latest registration of an unverified address set the password: an earlier registrant keeps no credential', async () => {
    // An attacker registers the owner's address first, with a password of their own.
    await register('ilze@example.test', { password: 'attackers-password-1', displayName: 'Attacker' });
    const attackersLink = await tokenFromOutbox(ctx.prisma, 'ilze@example.test', 'verify-email');
    // The owner registers (the form says the address may already be taken; they try anyway).
    expect((await register('ilze@example.test', { password: 'owners-password-1', displayName: 'Ilze' })).status).toBe(202);
    const ownersLink = await tokenFromOutbox(ctx.prisma, 'ilze@example.test', 'verify-email');
    expect(ownersLink.token).not.toBe(attackersLink.token);

    const client = ctx.client();
    expectProblem(await client.post('/api/auth/verify-email', { token: attackersLink.token }), 400, PROBLEM_TYPES.invalidToken);
    expect((await client.post('/api/auth/verify-email', { token: ownersLink.token })).status).toBe(204);

    expectProblem(
      await ctx.client().post('/api/auth/login', { email: 'ilze@example.test', password: 'attackers-password-1' }),
      401,
      PROBLEM_TYPES.invalidCredentials,
    );
    const owner = await ctx.client().login('ilze@example.test', 'owners-password-1');
    expect(owner.body.user).toMatchObject({ displayName: 'Ilze' });
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: owner.body.user.id }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['user.registered', 'user.registered_again', 'user.email_verified', 'user.login_failed', 'user.login']);
  });

  it('resends verification to an unverified account only, and the newer link replaces the older', async () => {
    expect((await ctx.client().post('/api/auth/resend-verification', { email: 'nobody@example.test' })).status).toBe(202);
    expect(await outboxEmails(ctx.prisma, 'nobody@example.test')).toEqual([]);

    await createUser(ctx.prisma, { email: 'verified@example.test' });
    expect((await ctx.client().post('/api/auth/resend-verification', { email: 'verified@example.test' })).status).toBe(202);
    expect(await outboxEmails(ctx.prisma, 'verified@example.test')).toEqual([]);

    await register('eriks@example.test');
    const first = await tokenFromOutbox(ctx.prisma, 'eriks@example.test', 'verify-email');
    const resend = await ctx.client().post('/api/auth/resend-verification', { email: 'ERIKS@example.test' });
    expect(resend.status).toBe(202);
    expect(resend.body).toEqual({});
    expect(await outboxEmails(ctx.prisma, 'eriks@example.test', 'verify-email')).toHaveLength(2);
    const second = await tokenFromOutbox(ctx.prisma, 'eriks@example.test', 'verify-email');
    expect(second.token).not.toBe(first.token);

    const client = ctx.client();
    expectProblem(await client.post('/api/auth/verify-email', { token: first.token }), 400, PROBLEM_TYPES.invalidToken);
    expect((await client.post('/api/auth/verify-email', { token: second.token })).status).toBe(204);
  });

  it('reports invalid input as problem+json with field paths and no stack', async () => {
    const response = await ctx
      .client({ acceptLanguage: 'en' })
      .post('/api/auth/register', { email: 'not-an-email', password: 'short', displayName: '' });
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(response.body.title).toBe('The data is not valid');
    const paths = response.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(['displayName', 'email', 'password']);
    for (const error of response.body.errors) {
      expect(error).toEqual({ path: expect.any(String), code: expect.any(String), message: expect.any(String) });
    }
    expect(JSON.stringify(response.body)).not.toMatch(/stack|at .*\.ts:\d+/);
    expect(await ctx.prisma.user.count({ where: { email: 'not-an-email' } })).toBe(0);
  });

  it('refuses a write without the CSRF token with 403 /problems/csrf', async () => {
    const response = await ctx
      .client({ withCsrf: false })
      .post('/api/auth/register', { email: 'csrf@example.test', password, displayName: 'No Token' });
    expectProblem(response, 403, PROBLEM_TYPES.csrf);
    expect(await ctx.prisma.user.count({ where: { email: 'csrf@example.test' } })).toBe(0);

    const login = await ctx.client({ withCsrf: false }).post('/api/auth/login', { email: 'csrf@example.test', password });
    expectProblem(login, 403, PROBLEM_TYPES.csrf);
  });
});
