import { startTestApp, type TestContext } from '../../test/test-app';
import { callRequest, createMunicipalities, createProgramme, createUser } from '../../test/factories';
import { createCallWithApplicationForm, pinClock } from '../../test/application-factories';
import type { TestClient } from '../../test/test-client';
import { sampleFormDefinition } from '../../test/call-form-factories';

const DAY = 86_400_000;

/**
 * What anonymous visitors read (the open-calls list, a call's page and its form) is kept briefly in
 * memory (PUBLIC_CALLS_CACHE_MS), never stale after a change made through the API or a close.
 */
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

  it("keeps a call's page and form for a while, and shows a change made through the API at once", async () => {
    const { programmeId: _p, ...fields } = callRequest(programmeId, { code: 'PG' });
    const created = await coordinator.post('/api/calls', callRequest(programmeId, { code: 'PG' }));
    const id = created.body.id as string;
    const form = sampleFormDefinition();
    const saved = await coordinator.put(`/api/calls/${id}/form`, { definition: form, baseVersion: null });
    expect(saved.status).toBe(200);
    expect((await coordinator.post(`/api/calls/${id}/publish`, { version: 1 })).status).toBe(200);
    const page = async () => (await ctx.client().get(`/api/public/calls/${id}`)).body as { title: { lv: string } };
    const publicForm = async () => (await ctx.client().get(`/api/public/calls/${id}/form`)).body as { definition: { sections: { title: { lv: string } }[] } };
    expect((await page()).title.lv).toBe(fields.title.lv);
    const firstSection = form.sections[0]!.title.lv;
    expect((await publicForm()).definition.sections[0]!.title.lv).toBe(firstSection);

    // Written straight into the database: not seen while kept.
    await ctx.prisma.call.update({ where: { id }, data: { titleLv: 'Ierakstīts tieši datubāzē' } });
    expect((await page()).title.lv).toBe(fields.title.lv);

    // Through the API: seen at once.
    const edited = await coordinator.put(`/api/calls/${id}`, { ...fields, title: { lv: 'Jauns nosaukums', en: 'New title' }, version: 2 });
    expect(edited.status).toBe(200);
    expect((await page()).title.lv).toBe('Jauns nosaukums');
    const renamed = { ...form, sections: form.sections.map((section, i) => (i === 0 ? { ...section, title: { ...section.title, lv: 'Pārdēvēta sadaļa' } } : section)) };
    const resaved = await coordinator.put(`/api/calls/${id}/form`, { definition: renamed, baseVersion: saved.body.version, baseUpdatedAt: saved.body.updatedAt });
    expect(resaved.status).toBe(200);
    expect((await publicForm()).definition.sections[0]!.title.lv).toBe('Pārdēvēta sadaļa');

    // A call that is not public is never kept as found.
    expect((await ctx.client().get('/api/public/calls/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
