import { startTestApp, type TestContext } from '../../test/test-app';
import { backfillRequestedCents } from '../../seed/backfill-requested-cents';
import { createOrganisation } from '../../test/organisation-factories';
import {
  completeAnswers,
  createApplicationWorld,
  saveAnswers,
  submittedApplication,
  type ApplicationWorld,
} from '../../test/application-factories';

const line = (unitCostCents: number) => [
  { category: 'materials' as const, description: 'Materiāli', quantity: 1, unitCostCents, ownContributionCents: unitCostCents / 10 },
];

describe("Applications: a call's list for coordinators", () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
    ids.small = (await submittedApplication(world, completeAnswers({ budget: line(100_000), project_title: 'Ābeļu dārzs Preiļos' }))).id; // requests 90 000
    ids.big = (await submittedApplication(world, completeAnswers({ budget: line(300_000) }))).id; // requests 270 000
    const school = await createOrganisation(ctx.prisma, { owners: [world.users.owner.id] }, { legalName: 'Aglonas skola', type: 'school', municipalityCode: 'ludza' });
    const draft = (await world.clients.owner.post('/api/applications', { callId: world.call.id, organisationId: school.id })).body;
    await saveAnswers(world.clients.owner, draft, { budget: line(200_000), project_title: 'Lasītava skolā' }); // requests 180 000
    ids.draft = draft.id;
  });

  afterAll(() => ctx.close());

  const list = (query = '') => world.clients.coordinator.get(`/api/calls/${world.call.id}/applications${query}`);

  it('lists every application of the call with organisation, municipality, type and requested amount', async () => {
    const response = await list();
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(3);
    expect(response.body.items.find((item: { id: string }) => item.id === ids.draft)).toMatchObject({
      organisationName: 'Aglonas skola',
      organisationType: 'school',
      municipalityCode: 'ludza',
      requestedCents: 180_000,
      status: 'draft',
      submittedAt: null,
      referenceNumber: null,
    });
    expect((await world.clients.admin.get(`/api/calls/${world.call.id}/applications`)).status).toBe(200);
  });

  it('filters by status, municipality, organisation type and requested amount', async () => {
    const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id).sort();
    expect(idsOf((await list('?status=submitted')).body)).toEqual([ids.small, ids.big].sort());
    expect(idsOf((await list('?municipalityCode=ludza')).body)).toEqual([ids.draft]);
    expect(idsOf((await list('?organisationType=association')).body)).toEqual([ids.small, ids.big].sort());
    expect(idsOf((await list('?requestedMin=100000&requestedMax=200000')).body)).toEqual([ids.draft]);
    expect((await list('?status=nonsense')).status).toBe(400);
  });

  it('sorts by requested amount, organisation and submission time', async () => {
    const order = async (query: string) => (await list(query)).body.items.map((item: { id: string }) => item.id);
    expect(await order('?sort=requested&order=desc')).toEqual([ids.big, ids.draft, ids.small]);
    expect(await order('?sort=requested')).toEqual([ids.small, ids.draft, ids.big]);
    expect((await order('?sort=organisation'))[0]).toBe(ids.draft);
    expect(await order('?sort=submittedAt')).toEqual([ids.small, ids.big, ids.draft]);
  });

  it('pages in SQL: page, bounded page size and the total over all pages', async () => {
    const first = await list('?sort=requested&pageSize=2');
    expect(first.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([ids.small, ids.draft]);
    const second = await list('?sort=requested&pageSize=2&page=2');
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([ids.big]);
    // The page's rows carry the total; a page past the end has none, and still says how many there are.
    const past = await list('?sort=requested&pageSize=2&page=5');
    expect(past.body).toMatchObject({ total: 3, page: 5, pageSize: 2, items: [] });
    const filtered = await list('?status=submitted&pageSize=1');
    expect(filtered.body).toMatchObject({ total: 2, pageSize: 1 });
    expect((await list('?pageSize=101')).status).toBe(400);
    expect((await list('?page=0')).status).toBe(400);
    expect((await list('?requestedMin=-1')).status).toBe(400);
  });

  it('searches project titles and organisation names, case-insensitively, with the organisation contact', async () => {
    const idsOf = async (query: string) => (await list(query)).body.items.map((item: { id: string }) => item.id).sort();
    expect(await idsOf('?q=%C4%81be%C4%BCu')).toEqual([ids.small]); // "ābeļu", lower case of "Ābeļu"
    expect(await idsOf('?q=aglonas')).toEqual([ids.draft]); // organisation name
    expect(await idsOf('?q=kopiena')).toEqual([ids.small, ids.big].sort()); // Biedrība „Preiļu kopiena”
    expect(await idsOf('?q=LASĪTAVA&status=draft')).toEqual([ids.draft]);
    expect(await idsOf('?q=nav%20t%C4%81da')).toEqual([]);
    const found = await list('?q=Lasītava');
    expect(found.body).toMatchObject({ total: 1 });
    expect(found.body.items[0]).toMatchObject({ projectTitle: 'Lasītava skolā', organisationContactEmail: expect.stringContaining('@') });
    expect((await list(`?q=${'x'.repeat(101)}`)).status).toBe(400);
    // ILIKE wildcards typed by a person are literal text, not patterns.
    expect(await idsOf('?q=%25')).toEqual([]);
  });

  it('keeps the stored requested amount in step with every answer save', async () => {
    const draft = await ctx.prisma.application.findUniqueOrThrow({ where: { id: ids.draft } });
    expect(draft.requestedCents).toBe(180_000n);
    const current = (await world.clients.owner.get(`/api/applications/${ids.draft}`)).body;
    await saveAnswers(world.clients.owner, current, { budget: line(250_000) });
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: ids.draft } })).requestedCents).toBe(225_000n);
    await saveAnswers(world.clients.owner, (await world.clients.owner.get(`/api/applications/${ids.draft}`)).body, { budget: null });
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: ids.draft } })).requestedCents).toBeNull();
    await saveAnswers(world.clients.owner, (await world.clients.owner.get(`/api/applications/${ids.draft}`)).body, { budget: line(200_000) });
  });

  it('backfills the stored amount of rows saved before it was kept (the seed runs this)', async () => {
    await ctx.prisma.application.updateMany({ where: { callId: world.call.id }, data: { requestedCents: null } });
    expect(await backfillRequestedCents(ctx.prisma)).toBeGreaterThanOrEqual(3);
    const rows = await ctx.prisma.application.findMany({ where: { id: { in: [ids.small!, ids.big!, ids.draft!] } } });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.requestedCents]))).toEqual({
      [ids.small!]: 90_000n,
      [ids.big!]: 270_000n,
      [ids.draft!]: 180_000n,
    });
    expect(await backfillRequestedCents(ctx.prisma)).toBe(0);
  });
});
