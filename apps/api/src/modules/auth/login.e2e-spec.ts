import { PROBLEM_TYPES } from '@kopa/shared';
import type { TestContext } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';
import { expectProblem, startAuthTestApp } from './auth.e2e-helpers';

describe('sign-in, sign-out and the own account (/api/auth)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startAuthTestApp();
  });
  afterAll(() => ctx.close());

  const attempt = (email: string, password: string) => ctx.client().post('/api/auth/login', { email, password });
  const userRow = (id: string) => ctx.prisma.user.findUniqueOrThrow({ where: { id } });

  it('signs in with the right password, whatever the case of the e-mail', async () => {
    const user = await createUser(ctx.prisma, { email: 'liga@example.test', roles: ['coordinator'] });
    const client = ctx.client();
    const response = await client.login('  LIGA@example.test', TEST_PASSWORD);
    expect(response.body.user).toMatchObject({ id: user.id, roles: ['coordinator'], emailVerified: true });
    expect(client.cookie(SESSION_COOKIE)).toBeDefined();
    const session = await ctx.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.userAgent).toBe('lightMyRequest');
    expect(session.ipAddress).toBe('127.0.0.1');
  });

  it('tells every page who is signed in, and a visitor that nobody is, without an error', async () => {
    const visitor = await ctx.client().get('/api/auth/session');
    expect(visitor.status).toBe(200);
    expect(visitor.body).toEqual({ user: null, secondFactorPending: false });

    const user = await createUser(ctx.prisma, { displayName: 'Ilze Ozola' });
    const client = ctx.client();
    await client.login(user.email, TEST_PASSWORD);
    const signedIn = await client.get('/api/auth/session');
    expect(signedIn.body.user).toMatchObject({ id: user.id, displayName: 'Ilze Ozola', roles: ['applicant'] });
  });

  it('answers 401 invalid-credentials alike for a wrong password and an unknown e-mail', async () => {
    await createUser(ctx.prisma, { email: 'maris@example.test' });
    const wrong = await attempt('maris@example.test', 'not-the-password');
    const unknown = await attempt('nobody-here@example.test', 'not-the-password');
    expectProblem(wrong, 401, PROBLEM_TYPES.invalidCredentials);
    expectProblem(unknown, 401, PROBLEM_TYPES.invalidCredentials);
    expect({ ...wrong.body, instance: undefined }).toEqual({ ...unknown.body, instance: undefined });
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('reports a malformed login body as a validation problem before any credential check', async () => {
    const response = await ctx.client().post('/api/auth/login', { email: 'not-an-email' });
    expectProblem(response, 400, PROBLEM_TYPES.validation);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['email', 'password']);
  });

  it('refuses an unverified account (with the right password) with 403, and does not count it as a failure', async () => {
    const user = await createUser(ctx.prisma, { email: 'nora@example.test', verified: false });
    expectProblem(await attempt('nora@example.test', TEST_PASSWORD), 403, PROBLEM_TYPES.emailNotVerified);
    // A wrong password is still "wrong", not "unverified": the state is not revealed without the password.
    expectProblem(await attempt('nora@example.test', 'not-the-password'), 401, PROBLEM_TYPES.invalidCredentials);
    const failures = await ctx.prisma.auditLog.findMany({ where: { entityId: user.id, action: 'user.login_failed' } });
    expect(failures).toHaveLength(1);
  });

  it('signs out: 204, the session is revoked, the cookie cleared and no longer accepted', async () => {
    const user = await createUser(ctx.prisma);
    const client = ctx.client();
    await client.login(user.email, TEST_PASSWORD);
    const cookie = client.cookie(SESSION_COOKIE)!;

    const response = await client.post('/api/auth/logout');
    expect(response.status).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(new RegExp(`${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`, 'i'));
    expect(client.cookie(SESSION_COOKIE)).toBeUndefined();
    const session = await ctx.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(session.revokedAt).not.toBeNull();

    const replay = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${SESSION_COOKIE}=${cookie}` } });
    expect(replay.statusCode).toBe(401);
    expect(JSON.parse(replay.body).type).toBe(PROBLEM_TYPES.unauthenticated);
  });

  it('signing in again in the same browser ends the session it had', async () => {
    const first = await createUser(ctx.prisma);
    const second = await createUser(ctx.prisma);
    const client = ctx.client();
    await client.login(first.email, TEST_PASSWORD);
    await client.login(second.email, TEST_PASSWORD);
    expect((await client.get('/api/auth/me')).body.id).toBe(second.id);
    expect(await ctx.prisma.session.count({ where: { userId: first.id, revokedAt: null } })).toBe(0);
  });

  it('reads and changes the own locale (audited), and validates it', async () => {
    const user = await createUser(ctx.prisma, { locale: 'lv' });
    const client = await ctx.client().signInAs(user.id);
    expect((await client.get('/api/auth/me')).body).toEqual({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: ['applicant'],
      locale: 'lv',
      emailVerified: true,
      totpEnabled: false,
      totpEnrolmentRequired: false,
    });
    const changed = await client.patch('/api/auth/me', { locale: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body.locale).toBe('en');
    expect((await userRow(user.id)).locale).toBe('en');
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: 'user.locale_changed' } });
    expect(audit).toMatchObject({ actorId: user.id, before: { locale: 'lv' }, after: { locale: 'en' } });

    const invalid = await client.patch('/api/auth/me', { locale: 'de' });
    expectProblem(invalid, 400, PROBLEM_TYPES.validation);
    expect(invalid.body.errors[0].path).toBe('locale');
  });

  it('answers 401 to anonymous callers on every account:self route', async () => {
    const anonymous = ctx.client();
    const someId = '00000000-0000-4000-8000-000000000000';
    // One after another: the client fetches its CSRF token on the first write.
    const routes: Array<() => Promise<{ status: number; body: any; headers: Record<string, unknown> }>> = [
      () => anonymous.get('/api/auth/me'),
      () => anonymous.patch('/api/auth/me', { locale: 'en' }),
      () => anonymous.post('/api/auth/logout'),
      () => anonymous.post('/api/auth/change-password', { currentPassword: 'x', newPassword: 'a-long-new-password' }),
      () => anonymous.get('/api/auth/sessions'),
      () => anonymous.delete(`/api/auth/sessions/${someId}`),
    ];
    for (const call of routes) {
      expectProblem(await call(), 401, PROBLEM_TYPES.unauthenticated);
    }
  });
});
