import { CSRF_HEADER } from '@kopa/shared';
import { startTestApp, type TestContext } from '../test/test-app';
import { createUser, TEST_PASSWORD } from '../test/factories';

/** Signs in through the real login route with an X-Forwarded-For header; returns the session's recorded IP. */
async function sessionIpAfterLogin(ctx: TestContext, forwardedFor: string): Promise<string | null> {
  const user = await createUser(ctx.prisma);
  const csrf = await ctx.app.inject({ method: 'GET', url: '/api/auth/csrf' });
  const cookie = csrf.cookies.map((c: { name: string; value: string }) => `${c.name}=${c.value}`).join('; ');
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { cookie, [CSRF_HEADER]: JSON.parse(csrf.body).token, 'x-forwarded-for': forwardedFor },
    payload: { email: user.email, password: TEST_PASSWORD },
  });
  expect(login.statusCode).toBe(200);
  const session = await ctx.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
  return session.ipAddress;
}

describe('TRUST_PROXY: a hop count, not any X-Forwarded-For', () => {
  describe('behind one proxy (TRUST_PROXY=1)', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await startTestApp({ TRUST_PROXY: '1', AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    });
    afterAll(() => ctx.close());

    it('takes the address the proxy saw, not one the client wrote into the header', async () => {
      // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the real address.
      expect(await sessionIpAfterLogin(ctx, '6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    });
  });

  describe('without a proxy (the default)', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    });
    afterAll(() => ctx.close());

    it('ignores the header altogether', async () => {
      expect(await sessionIpAfterLogin(ctx, '6.6.6.6')).toBe('127.0.0.1');
    });
  });
});
