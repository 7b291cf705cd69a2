import { PROBLEM_TYPES } from '@kopa/shared';
import type { TestContext } from '../../test/test-app';
import { createUser, TEST_PASSWORD } from '../../test/factories';
import { expectProblem, startAuthTestApp } from './auth.e2e-helpers';

/** Its own app (and file): the limit is small here and would get in the way of other specs. */
describe('per-IP rate limit on credential routes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startAuthTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => ctx.close());

  it('answers 429 /problems/rate-limited once an IP exceeds the limit on login', async () => {
    const user = await createUser(ctx.prisma);
    const client = ctx.client();
    for (let i = 0; i < 3; i++) {
      expectProblem(await client.post('/api/auth/login', { email: user.email, password: 'wrong' }), 401, PROBLEM_TYPES.invalidCredentials);
    }
    // Even the right password: the limit is checked before the credentials.
    const limited = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expectProblem(limited, 429, PROBLEM_TYPES.rateLimited);
    expect(limited.headers['retry-after']).toBeDefined();
    // Refused before the credential check: the failures counted are the three that got through.
    expect(await ctx.prisma.auditLog.count({ where: { entityId: user.id, action: 'user.login_failed' } })).toBe(3);
  });

  it('limits registration and forgot-password too, each on its own counter, and leaves other routes alone', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await ctx.client().post('/api/auth/forgot-password', { email: `x${i}@example.test` })).status).toBe(202);
    }
    expectProblem(await ctx.client().post('/api/auth/forgot-password', { email: 'y@example.test' }), 429, PROBLEM_TYPES.rateLimited);

    const register = (i: number) =>
      ctx.client().post('/api/auth/register', { email: `r${i}@example.test`, password: 'a-long-enough-password', displayName: 'R' });
    for (let i = 0; i < 3; i++) expect((await register(i)).status).toBe(202);
    expectProblem(await register(3), 429, PROBLEM_TYPES.rateLimited);
    expect(await ctx.prisma.user.count({ where: { email: 'r3@example.test' } })).toBe(0);

    const user = await createUser(ctx.prisma);
    const client = await ctx.client().signInAs(user.id);
    for (let i = 0; i < 5; i++) expect((await client.get('/api/auth/me')).status).toBe(200);
  });
});
