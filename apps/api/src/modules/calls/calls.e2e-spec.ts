import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { callRequest, createMunicipalities, createProgramme, createUser } from '../../test/factories';
import type { TestClient } from '../../test/test-client';

describe('Calls', () => {
  let ctx: TestContext;
  let programmeId: string;
  let coordinator: TestClient;
  let coordinatorId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
    const user = await createUser(ctx.prisma, { roles: ['coordinator'] });
    coordinatorId = user.id;
    programmeId = (await createProgramme(ctx.prisma, [user.id])).id;
    coordinator = await ctx.client().signInAs(user.id);
  });

  afterAll(() => ctx.close());

  async function createCall(overrides: Record<string, unknown> = {}) {
    const response = await coordinator.post('/api/calls', callRequest(programmeId, overrides));
    expect(response.status).toBe(201);
    return response.body;
  }

  describe('creating and editing', () => {
    it('creates a draft call with money in cents and records who did it', async () => {
      const call = await createCall();
      expect(call).toMatchObject({ status: 'draft', version: 1, code: 'DK', budgetEnvelopeCents: 5_000_000 });

      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: call.id } });
      expect(audit).toEqual([expect.objectContaining({ action: 'call.created', actorId: coordinatorId })]);
    });

    it('rejects invalid input with field errors and stores nothing', async () => {
      const before = await ctx.prisma.call.count();
      const response = await coordinator.post(
        '/api/calls',
        callRequest(programmeId, {
          title: { lv: 'Nosaukums', en: '' },
          minAwardCents: 400_000,
          maxAwardCents: 300_000,
          closesAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
          budgetEnvelopeCents: 12.5,
        }),
      );
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.type).toBe(PROBLEM_TYPES.validation);
      const paths = response.body.errors.map((error: { path: string }) => error.path);
      expect(paths).toEqual(expect.arrayContaining(['title.en', 'budgetEnvelopeCents']));
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
      expect(await ctx.prisma.call.count()).toBe(before);
    });

    it('keeps the coordinator-set number of applications per organisation, one by default, within 1 to 20', async () => {
      expect((await createCall()).maxApplicationsPerOrganisation).toBe(1);
      const call = await createCall({ code: 'LIM', maxApplicationsPerOrganisation: 3 });
      expect(call.maxApplicationsPerOrganisation).toBe(3);
      expect((await ctx.prisma.call.findUniqueOrThrow({ where: { id: call.id } })).maxApplicationsPerOrganisation).toBe(3);
      for (const wrong of [0, 21, 1.5]) {
        const response = await coordinator.post('/api/calls', callRequest(programmeId, { maxApplicationsPerOrganisation: wrong }));
        expect(response.status).toBe(400);
        expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['maxApplicationsPerOrganisation']);
      }
    });

    it('checks award limits and dates against each other', async () => {
      const response = await coordinator.post(
        '/api/calls',
        callRequest(programmeId, {
          minAwardCents: 400_000,
          maxAwardCents: 300_000,
          closesAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        }),
      );
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'minAwardCents', message: 'call.minAward.aboveMax' }),
          expect.objectContaining({ path: 'closesAt', message: 'call.closesAt.beforeOpen' }),
        ]),
      );
    });

    it('refuses municipalities that do not exist', async () => {
      const response = await coordinator.post('/api/calls', callRequest(programmeId, { eligibleMunicipalityCodes: ['atlantis'] }));
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ path: 'eligibleMunicipalityCodes', code: 'unknown_municipality' });
    });

    it('answers a stale edit with 409 and keeps the newer data', async () => {
      const call = await createCall();
      const { programmeId: _p, ...fields } = callRequest(programmeId);
      const first = await coordinator.put(`/api/calls/${call.id}`, { ...fields, title: { lv: 'Pirmā', en: 'First' }, version: 1 });
      expect(first.status).toBe(200);
      expect(first.body.version).toBe(2);

      const stale = await coordinator.put(`/api/calls/${call.id}`, { ...fields, title: { lv: 'Otrā', en: 'Second' }, version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe(PROBLEM_TYPES.staleVersion);

      const current = await coordinator.get(`/api/calls/${call.id}`);
      expect(current.body.title).toEqual({ lv: 'Pirmā', en: 'First' });
      expect(current.body.version).toBe(2);
    });

    it('clones a call into a new draft', async () => {
      const call = await createCall({ title: { lv: 'Rudens kārta', en: 'Autumn round' } });
      await coordinator.post(`/api/calls/${call.id}/publish`, { version: 1 });
      const clone = await coordinator.post(`/api/calls/${call.id}/clone`);
      expect(clone.status).toBe(201);
      expect(clone.body).toMatchObject({
        status: 'draft',
        version: 1,
        title: { lv: 'Rudens kārta (kopija)', en: 'Autumn round (copy)' },
        maxAwardCents: call.maxAwardCents,
      });
      expect(clone.body.id).not.toBe(call.id);
    });
  });

  describe('workflow and public pages', () => {
    it('shows a call to the public only once published, and no longer lists it once closed', async () => {
      const call = await createCall({ title: { lv: 'Jauniešu idejas', en: 'Youth ideas' } });
      const visitor = ctx.client();

      expect((await visitor.get(`/api/public/calls/${call.id}`)).status).toBe(404);
      expect((await visitor.get('/api/public/calls')).body.items.map((c: { id: string }) => c.id)).not.toContain(call.id);

      const published = await coordinator.post(`/api/calls/${call.id}/publish`, { version: 1 });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ status: 'published', version: 2 });

      const list = await visitor.get('/api/public/calls');
      const listed = list.body.items.find((c: { id: string }) => c.id === call.id);
      expect(listed).toMatchObject({ title: { lv: 'Jauniešu idejas', en: 'Youth ideas' }, status: 'published' });
      expect(listed).not.toHaveProperty('version');

      const closed = await coordinator.post(`/api/calls/${call.id}/close`, { version: 2 });
      expect(closed.body.status).toBe('closed');
      expect((await visitor.get('/api/public/calls')).body.items.map((c: { id: string }) => c.id)).not.toContain(call.id);
      expect((await visitor.get(`/api/public/calls/${call.id}`)).body.status).toBe('closed');
    });

    it('refuses transitions the workflow does not allow, and edits of a closed call', async () => {
      const call = await createCall();
      const closeDraft = await coordinator.post(`/api/calls/${call.id}/close`, { version: 1 });
      expect(closeDraft.status).toBe(409);
      expect(closeDraft.body.type).toBe(PROBLEM_TYPES.invalidTransition);

      await coordinator.post(`/api/calls/${call.id}/publish`, { version: 1 });
      await coordinator.post(`/api/calls/${call.id}/close`, { version: 2 });
      const { programmeId: _p, ...fields } = callRequest(programmeId);
      const edit = await coordinator.put(`/api/calls/${call.id}`, { ...fields, version: 3 });
      expect(edit.status).toBe(409);
      expect(edit.body.type).toBe(PROBLEM_TYPES.invalidTransition);
    });

    it('will not publish a call whose deadline has passed', async () => {
      const call = await createCall({
        opensAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() - 86_400_000).toISOString(),
      });
      const response = await coordinator.post(`/api/calls/${call.id}/publish`, { version: 1 });
      expect(response.status).toBe(409);
    });

    it('lists open calls soonest deadline first', async () => {
      const later = await createCall({ closesAt: new Date(Date.now() + 60 * 86_400_000).toISOString() });
      const sooner = await createCall({ closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString() });
      await coordinator.post(`/api/calls/${later.id}/publish`, { version: 1 });
      await coordinator.post(`/api/calls/${sooner.id}/publish`, { version: 1 });
      const ids = (await ctx.client().get('/api/public/calls')).body.items.map((c: { id: string }) => c.id);
      expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    });

    it('lists a published call that has not opened yet apart from the open ones, until it opens', async () => {
      const call = await createCall({
        opensAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      });
      await coordinator.post(`/api/calls/${call.id}/publish`, { version: 1 });
      const list = (await ctx.client().get('/api/public/calls')).body;
      expect(list.items.map((c: { id: string }) => c.id)).not.toContain(call.id);
      expect(list.upcoming.map((c: { id: string }) => c.id)).toContain(call.id);
      expect(list.upcoming.every((c: { opensAt: string }) => new Date(c.opensAt).getTime() > Date.now())).toBe(true);
    });

    it('shows the coordinator-set contact on the public page, and refuses a malformed one', async () => {
      const call = await createCall({ contactEmail: 'konkurss@kopa.example.test', contactPhone: '+371 26 123 456' });
      expect(call).toMatchObject({ contactEmail: 'konkurss@kopa.example.test', contactPhone: '+371 26 123 456' });
      await coordinator.post(`/api/calls/${call.id}/publish`, { version: 1 });
      expect((await ctx.client().get(`/api/public/calls/${call.id}`)).body).toMatchObject({ contactEmail: 'konkurss@kopa.example.test', contactPhone: '+371 26 123 456' });
      const bad = await coordinator.post('/api/calls', { ...callRequest(programmeId), contactEmail: 'nav-epasts', contactPhone: 'zvaniet' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['contactEmail', 'contactPhone']);
      expect((await createCall()).contactEmail).toBeNull();
    });

    it('records publication in the audit log with the state before and after', async () => {
      const call = await createCall();
      await coordinator.post(`/api/calls/${call.id}/publish`, { version: 1 });
      const audit = await coordinator.get(`/api/audit?entityType=call&entityId=${call.id}`);
      expect(audit.status).toBe(200);
      const publication = audit.body.items.find((entry: { action: string }) => entry.action === 'call.published');
      expect(publication.before.status).toBe('draft');
      expect(publication.after.status).toBe('published');
    });
  });

  describe('access', () => {
    let callId: string;
    const body = () => callRequest(programmeId);

    beforeAll(async () => {
      callId = (await createCall()).id;
    });

    const routes = () => [
      { method: 'get', url: '/api/calls' },
      { method: 'get', url: `/api/calls/${callId}` },
      { method: 'post', url: '/api/calls', body: body() },
      { method: 'put', url: `/api/calls/${callId}`, body: { ...body(), version: 1 } },
      { method: 'post', url: `/api/calls/${callId}/clone` },
      { method: 'post', url: `/api/calls/${callId}/publish`, body: { version: 1 } },
      { method: 'post', url: `/api/calls/${callId}/close`, body: { version: 1 } },
    ] as const;

    async function call(client: TestClient, route: ReturnType<typeof routes>[number]) {
      return client.request(route.method.toUpperCase() as 'GET', route.url, 'body' in route ? route.body : undefined);
    }

    it('refuses anonymous callers on every calls route', async () => {
      for (const route of routes()) {
        const response = await call(ctx.client(), route);
        expect({ route: route.url, status: response.status }).toEqual({ route: route.url, status: 401 });
      }
    });

    it.each(['applicant', 'reviewer', 'consultant'] as const)('refuses a %s on every calls route', async (role) => {
      const user = await createUser(ctx.prisma, { roles: [role] });
      const client = await ctx.client().signInAs(user.id);
      for (const route of routes()) {
        const response = await call(client, route);
        expect({ route: route.url, status: response.status, type: response.body.type }).toEqual({
          route: route.url,
          status: 403,
          type: PROBLEM_TYPES.forbidden,
        });
      }
    });

    it('lets an admin read but not manage calls', async () => {
      const admin = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['admin'] })).id);
      expect((await admin.get(`/api/calls/${callId}`)).status).toBe(200);
      for (const route of routes().filter((r) => r.method !== 'get')) {
        expect((await call(admin, route)).status).toBe(403);
      }
    });

    it("hides another programme's calls from a coordinator who is not its staff", async () => {
      const outsider = await createUser(ctx.prisma, { roles: ['coordinator'] });
      await createProgramme(ctx.prisma, [outsider.id]);
      const client = await ctx.client().signInAs(outsider.id);

      const list = await client.get('/api/calls');
      expect(list.status).toBe(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(callId);

      for (const route of routes().filter((r) => r.url !== '/api/calls')) {
        expect({ route: route.url, status: (await call(client, route)).status }).toEqual({ route: route.url, status: 404 });
      }
      const create = await client.post('/api/calls', body());
      expect(create.status).toBe(403);
      const unchanged = await ctx.prisma.call.findUniqueOrThrow({ where: { id: callId } });
      expect(unchanged.status).toBe('draft');
    });

    it('refuses a write without the CSRF token even with a valid session', async () => {
      const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: coordinatorId } });
      const client = await ctx.client({ withCsrf: false }).signInAs(user.id);
      const response = await client.post('/api/calls', body());
      expect(response.status).toBe(403);
      expect(response.body.type).toBe(PROBLEM_TYPES.csrf);
    });

    it('answers a malformed id with "not found" (it names no call), not a validation problem', async () => {
      for (const path of ['/api/calls/not-a-uuid', '/api/public/calls/not-a-uuid', '/api/public/calls/123/form']) {
        const response = await (path.startsWith('/api/public') ? ctx.client() : coordinator).get(path);
        expect(response.status).toBe(404);
        expect(response.body.type).toBe(PROBLEM_TYPES.notFound);
      }
    });
  });

  it('documents the calls API in OpenAPI from the same schemas', async () => {
    const response = await ctx.client().get('/api/docs-json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/calls', '/api/calls/{id}/publish']));
    expect(JSON.stringify(response.body.components.schemas)).toContain('ownContributionPercent');
  });
});
