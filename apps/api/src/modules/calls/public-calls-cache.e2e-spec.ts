import { startTestApp, type TestContext } from '../../test/test-app';
import { callRequest, createMunicipalities, createProgramme, createUser } from '../../test/factories';
import { createCallWithApplicationForm, pinClock } from '../../test/application-factories';
import type { TestClient } from '../../test/test-client';

const DAY = 86_400_000;

/** The public list of open calls is kept briefly in memory (PUBLIC_CALLS_CACHE_MS), never stale after a change or a close. */
describe('Public calls: the open-calls list kept in memory', () => {
  let ctx: TestContext;
  let programmeId: string;
  let coordinator: TestClient;
  let unpin: (() => void) | undefined;

  beforeAll(async () => {
    ctx = await startTestApp({ PUBLIC_CALLS_CACHE_MS: '60000' });
    await createMunicipalities(ctx.prisma);
    const user = await createUser(ctx.prisma, { roles: ['coordinator'] });
    programmeId = (await createProgramme(ctx.prisma, [user.id])).id;
    coordinator = await ctx.client().signInAs(user.id);
  });

  afterEach(() => {
    unpin?.();
    unpin = undefined;
  });

  afterAll(() => ctx.close());

  const openIds = async () => ((await ctx.client().get('/api/public/calls')).body.items as { id: string }[]).map((call) => call.id);

  it('shows a call published or closed through the API at once', async () => {
    expect(await openIds()).toEqual([]);
    const created = await coordinator.post('/api/calls', callRequest(programmeId, {}));
    expect(created.status).toBe(201);
    expect((await coordinator.post(`/api/calls/${created.body.id}/publish`, { version: 1 })).status).toBe(200);
    expect(await openIds()).toEqual([created.body.id]);
    expect((await coordinator.post(`/api/calls/${created.body.id}/close`, { version: 2 })).status).toBe(200);
    expect(await openIds()).toEqual([]);
  });

  it('keeps the list for a while, but reads it again once one of its calls closes', async () => {
    const created = await coordinator.post('/api/calls', callRequest(programmeId, { closesAt: new Date(Date.now() + 2 * DAY).toISOString() }));
    const soon = (await coordinator.post(`/api/calls/${created.body.id}/publish`, { version: 1 })).body as { id: string; closesAt: string };
    expect(await openIds()).toEqual([soon.id]);
    // Written straight into the database: not seen while the list is kept…
    const later = await createCallWithApplicationForm(ctx.prisma, programmeId, { closesAt: new Date(Date.now() + 5 * DAY) });
    expect(await openIds()).toEqual([soon.id]);
    // …but as soon as the first call closes (by the server's clock) the list is read again.
    unpin = pinClock(ctx, new Date(new Date(soon.closesAt).getTime() + 1000));
    expect(await openIds()).toEqual([later.id]);
    // A clock set back (a test, a correction) never gets a list read for a later instant.
    unpin();
    unpin = pinClock(ctx, new Date(Date.now()));
    expect(await openIds()).toEqual([soon.id, later.id]);
  });
});
