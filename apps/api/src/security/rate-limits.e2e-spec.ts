import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../test/test-app';
import { createMunicipalities, createUser } from '../test/factories';
import { createOrganisation } from '../test/organisation-factories';

/** Its own app: a small write limit. Everyone here shares one IP, as behind a school's proxy. */
describe('Rate limits: writes per user, reads never refused', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp({ WRITE_RATE_LIMIT_PER_MINUTE: '3', AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    await createMunicipalities(ctx.prisma);
  });
  afterAll(() => ctx.close());

  it('serves many reads from one address', async () => {
    const visitor = ctx.client();
    for (let i = 0; i < 30; i++) expect((await visitor.get('/api/public/calls')).status).toBe(200);
  });

  it('limits one user’s writes, while another user behind the same address still writes', async () => {
    const [anna, berta] = await Promise.all([createUser(ctx.prisma), createUser(ctx.prisma)]);
    const organisation = await createOrganisation(ctx.prisma, { owners: [anna.id, berta.id] });
    const annaClient = await ctx.client().signInAs(anna.id);
    const bertaClient = await ctx.client().signInAs(berta.id);
    const write = (client: typeof annaClient, i: string) => client.patch('/api/auth/me', { locale: i === 'x' ? 'en' : 'lv' });
    for (let i = 0; i < 3; i++) expect((await write(annaClient, String(i))).status).toBe(200);
    const limited = await write(annaClient, 'x');
    expect(limited.status).toBe(429);
    expect(limited.body.type).toBe(PROBLEM_TYPES.rateLimited);
    expect((await write(bertaClient, '0')).status).toBe(200);
    // Reads stay open to the limited user.
    expect((await annaClient.get(`/api/organisations/${organisation.id}`)).status).toBe(200);
  });
});
