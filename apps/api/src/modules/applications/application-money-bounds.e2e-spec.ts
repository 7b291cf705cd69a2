import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createApplicationWorld, saveAnswers, startApplication, type ApplicationWorld } from '../../test/application-factories';

/** 100 lines of 1,000,000 × €1,000,000: 10^16 cents in all, past 2^53. */
const overflowingBudget = () =>
  Array.from({ length: 100 }, (_, i) => ({
    category: 'materials' as const,
    description: `Rinda ${i}`,
    quantity: 1_000_000,
    unitCostCents: 100_000_000,
    ownContributionCents: 0,
  }));

describe('Applications: money stays bounded, and one bad record never breaks a page', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('refuses a draft budget whose totals pass the largest amount, and keeps the earlier answers', async () => {
    const application = await startApplication(world);
    const saved = await saveAnswers(world.clients.owner, application, { project_title: 'Dārzs' });
    const response = await saveAnswers(world.clients.owner, saved.body, { budget: overflowingBudget() });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe(PROBLEM_TYPES.validation);
    const single = await saveAnswers(world.clients.owner, saved.body, {
      budget: [{ category: 'staff' as const, description: 'x', quantity: 1_000_000, unitCostCents: 100_000_000, ownContributionCents: 0 }],
    });
    expect(single.status).toBe(400);
    const stored = await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.answers).toEqual({ project_title: 'Dārzs' });
  });

  it('answers 200 on the applicant views and the coordinator list when a stored budget is out of bounds', async () => {
    const application = await startApplication(world);
    // A record saved before the bounds existed.
    await ctx.prisma.application.update({ where: { id: application.id }, data: { answers: { budget: overflowingBudget() } } });

    const own = await world.clients.owner.get(`/api/applications/${application.id}`);
    expect(own.status).toBe(200);
    expect(own.body.requestedCents).toBeNull();
    const mine = await world.clients.owner.get('/api/applications/mine');
    expect(mine.status).toBe(200);
    const list = await world.clients.coordinator.get(`/api/calls/${world.call.id}/applications`);
    expect(list.status).toBe(200);
    expect(list.body.items.find((item: { id: string }) => item.id === application.id).requestedCents).toBeNull();
  });
});
