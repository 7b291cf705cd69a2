import { PROBLEM_TYPES } from '@kopa/shared';
import type { TestContext } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { expectProblem, startAuthTestApp } from './auth.e2e-helpers';

describe('own sessions (/api/auth/sessions)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startAuthTestApp();
  });
  afterAll(() => ctx.close());

  it('lists only the own active sessions and marks the current one', async () => {
    const user = await createUser(ctx.prisma);
    const other = await createUser(ctx.prisma);
    const laptop = ctx.client();
    await laptop.login(user.email, TEST_PASSWORD);
    const phone = ctx.client();
    await phone.login(user.email, TEST_PASSWORD);
    await ctx.client().login(other.email, TEST_PASSWORD);
    const revoked = ctx.client();
    await revoked.login(user.email, TEST_PASSWORD);
    await revoked.post('/api/auth/logout');

    const response = await laptop.get('/api/auth/sessions');
    expect(response.status).toBe(200);
    const { items } = response.body;
    expect(items).toHaveLength(2);
    expect(items.filter((item: { current: boolean }) => item.current)).toHaveLength(1);
    const current = items.find((item: { current: boolean }) => item.current);
    const own = await ctx.prisma.session.findMany({ where: { userId: user.id, revokedAt: null } });
    expect(own.map((session) => session.id).sort()).toEqual(items.map((item: { id: string }) => item.id).sort());
    expect(current).toEqual({
      id: expect.any(String),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lastSeenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      userAgent: 'lightMyRequest',
      ipAddress: '127.0.0.1',
      current: true,
    });
    // Never the token or its hash.
    expect(JSON.stringify(response.body)).not.toMatch(/token/i);
  });

  it('revokes one of the own sessions: 204, and that cookie gets 401 on its next request', async () => {
    const user = await createUser(ctx.prisma);
    const laptop = ctx.client();
    await laptop.login(user.email, TEST_PASSWORD);
    const phone = ctx.client();
    await phone.login(user.email, TEST_PASSWORD);
    const phoneSession = (await phone.get('/api/auth/sessions')).body.items.find((item: { current: boolean }) => item.current);

    expect((await laptop.delete(`/api/auth/sessions/${phoneSession.id}`)).status).toBe(204);
    expectProblem(await phone.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await laptop.get('/api/auth/sessions')).body.items).toHaveLength(1);

    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { action: 'session.revoked', entityId: phoneSession.id } });
    expect(audit.actorId).toBe(user.id);

    // Already revoked: nothing left to revoke.
    expectProblem(await laptop.delete(`/api/auth/sessions/${phoneSession.id}`), 404, PROBLEM_TYPES.notFound);
  });

  it("answers 404 for someone else's session and leaves it working", async () => {
    const mallory = await createUser(ctx.prisma);
    const victim = await createUser(ctx.prisma);
    const attacker = ctx.client();
    await attacker.login(mallory.email, TEST_PASSWORD);
    const target = ctx.client();
    await target.login(victim.email, TEST_PASSWORD);
    const victimSession = await ctx.prisma.session.findFirstOrThrow({ where: { userId: victim.id } });

    expectProblem(await attacker.delete(`/api/auth/sessions/${victimSession.id}`), 404, PROBLEM_TYPES.notFound);
    expectProblem(
      await attacker.delete('/api/auth/sessions/00000000-0000-4000-8000-000000000000'),
      404,
      PROBLEM_TYPES.notFound,
    );
    expect((await target.get('/api/auth/me')).status).toBe(200);
    expect((await ctx.prisma.session.findUniqueOrThrow({ where: { id: victimSession.id } })).revokedAt).toBeNull();
  });

  it('revoking the current session signs this browser out', async () => {
    const user = await createUser(ctx.prisma);
    const client = ctx.client();
    await client.login(user.email, TEST_PASSWORD);
    const { items } = (await client.get('/api/auth/sessions')).body;
    expect((await client.delete(`/api/auth/sessions/${items[0].id}`)).status).toBe(204);
    expectProblem(await client.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);
  });

  it('a session signs its user in only while it is valid: not expired, not revoked, the account active', async () => {
    const user = await createUser(ctx.prisma);
    const browser = ctx.client();
    await browser.login(user.email, TEST_PASSWORD);
    expect((await browser.get('/api/auth/me')).body).toMatchObject({ id: user.id, email: user.email, roles: user.roles });
    const session = await ctx.prisma.session.findFirstOrThrow({ where: { userId: user.id, revokedAt: null } });

    await ctx.prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectProblem(await browser.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);

    await ctx.prisma.session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() + 3_600_000) } });
    expect((await browser.get('/api/auth/me')).status).toBe(200);
    // Deactivation revokes the sessions; one that slipped past still signs nobody in.
    await ctx.prisma.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expectProblem(await browser.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);
  });

  it('refuses a DELETE without the CSRF token even with a valid session', async () => {
    const user = await createUser(ctx.prisma);
    const client = await ctx.client({ withCsrf: false }).signInAs(user.id);
    const session = await ctx.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expectProblem(await client.delete(`/api/auth/sessions/${session.id}`), 403, PROBLEM_TYPES.csrf);
    expect((await ctx.prisma.session.findUniqueOrThrow({ where: { id: session.id } })).revokedAt).toBeNull();
  });
});
