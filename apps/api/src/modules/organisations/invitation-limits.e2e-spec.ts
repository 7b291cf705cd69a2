import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createMunicipalities, createUser } from '../../test/factories';
import { createOrganisation } from '../../test/organisation-factories';
import { INVITATION_LIMITS } from './invitations.service';

describe('Invitation mail is limited per sender and per organisation', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
  });
  afterAll(() => ctx.close());

  const invite = (client: Awaited<ReturnType<TestContext['client']>>, organisationId: string, n: string) =>
    client.post(`/api/organisations/${organisationId}/invitations`, { email: `target-${n}@example.test`, role: 'member' });
  const sent = (organisationId: string) => ctx.prisma.organisationInvitation.count({ where: { organisationId } });

  it('refuses the invitation past the hourly limit of one sender with 429, and mails nobody', async () => {
    const owner = await createUser(ctx.prisma);
    const organisation = await createOrganisation(ctx.prisma, { owners: [owner.id] });
    const client = await ctx.client().signInAs(owner.id);
    for (let i = 0; i < INVITATION_LIMITS.perSenderPerHour; i++) {
      expect((await invite(client, organisation.id, `a${i}`)).status).toBe(201);
    }
    const refused = await invite(client, organisation.id, 'over');
    expect(refused.status).toBe(429);
    expect(refused.body.type).toBe(PROBLEM_TYPES.rateLimited);
    expect(await sent(organisation.id)).toBe(INVITATION_LIMITS.perSenderPerHour);
    expect(await ctx.prisma.outboxMessage.count({ where: { payload: { path: ['to'], equals: 'target-over@example.test' } } })).toBe(0);
  });

  it('refuses past the daily limit of one organisation, whoever of its owners sends', async () => {
    const owners = await Promise.all([1, 2, 3, 4].map(() => createUser(ctx.prisma)));
    const organisation = await createOrganisation(ctx.prisma, { owners: owners.map((owner) => owner.id) });
    const clients = await Promise.all(owners.map((owner) => ctx.client().signInAs(owner.id)));
    let n = 0;
    for (const client of clients.slice(0, 3)) {
      for (let i = 0; i < INVITATION_LIMITS.perSenderPerHour; i++) {
        expect((await invite(client, organisation.id, `b${n++}`)).status).toBe(201);
      }
    }
    expect(n).toBe(INVITATION_LIMITS.perOrganisationPerDay);
    expect((await invite(clients[3]!, organisation.id, 'over-org')).status).toBe(429);
  });
});
