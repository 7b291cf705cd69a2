import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { createApplicationWorld, submittedApplication, type ApplicationWorld } from '../../test/application-factories';

/** Every application route, with a body that would succeed for the right caller. */
function routes(applicationId: string, callId: string, organisationId: string) {
  const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  return [
    { method: 'post', url: '/api/applications', body: { callId, organisationId } },
    { method: 'get', url: `/api/applications/${applicationId}` },
    { method: 'patch', url: `/api/applications/${applicationId}/answers`, body: { changes: { summary: 'x' }, baseFieldVersions: {} } },
    { method: 'post', url: `/api/applications/${applicationId}/submit` },
    { method: 'post', url: `/api/applications/${applicationId}/withdraw`, body: { reason: 'x' } },
    { method: 'post', url: `/api/applications/${applicationId}/clarifications`, body: { questionIds: ['summary'], message: 'x', dueAt } },
    { method: 'get', url: `/api/applications/${applicationId}/revisions` },
    { method: 'get', url: `/api/applications/${applicationId}/revisions/compare?from=1&to=1` },
    { method: 'get', url: `/api/applications/${applicationId}/history` },
    { method: 'get', url: `/api/calls/${callId}/applications` },
  ] as const;
}

async function call(client: TestClient, route: ReturnType<typeof routes>[number]) {
  return client.request(route.method.toUpperCase() as 'GET' | 'POST' | 'PATCH', route.url, 'body' in route ? route.body : undefined);
}

describe('Applications: who may call what', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let application: { id: string; status: string };

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
    application = await submittedApplication(world);
  });

  afterAll(() => ctx.close());

  const allRoutes = () => routes(application.id, world.call.id, world.organisation.id);

  it('refuses an anonymous caller on every route (401)', async () => {
    for (const route of allRoutes()) {
      const response = await call(world.clients.anonymous, route);
      expect([route.url, response.status]).toEqual([route.url, 401]);
    }
    expect((await world.clients.anonymous.get('/api/applications/mine')).status).toBe(401);
  });

  it('refuses a reviewer on every route (403 or 404), revealing nothing', async () => {
    for (const route of allRoutes()) {
      const response = await call(world.clients.reviewer, route);
      expect([route.url, [403, 404].includes(response.status)]).toEqual([route.url, true]);
      expect(JSON.stringify(response.body)).not.toContain(world.organisation.legalName);
    }
    expect((await world.clients.reviewer.get('/api/applications/mine')).status).toBe(403);
  });

  it("refuses a member of another organisation on every route (404 or 403), and lists none of it", async () => {
    for (const route of allRoutes()) {
      const response = await call(world.clients.outsider, route);
      expect([route.url, [403, 404].includes(response.status)]).toEqual([route.url, true]);
      expect(JSON.stringify(response.body)).not.toContain(world.organisation.legalName);
    }
    // The object routes themselves answer 404, as if the application did not exist.
    expect((await world.clients.outsider.get(`/api/applications/${application.id}`)).status).toBe(404);
    expect((await world.clients.outsider.post(`/api/applications/${application.id}/withdraw`, { reason: 'x' })).status).toBe(404);
    expect((await world.clients.outsider.get('/api/applications/mine')).body.items).toEqual([]);
  });

  it('gives a coordinator of another programme 404 on every object route', async () => {
    for (const route of allRoutes().filter((route) => route.url !== '/api/applications')) {
      const response = await call(world.clients.otherCoordinator, route);
      expect([route.url, [403, 404].includes(response.status)]).toEqual([route.url, true]);
    }
    for (const url of [
      `/api/applications/${application.id}`,
      `/api/applications/${application.id}/history`,
      `/api/applications/${application.id}/revisions`,
      `/api/calls/${world.call.id}/applications`,
    ]) {
      expect([url, (await world.clients.otherCoordinator.get(url)).status]).toEqual([url, 404]);
    }
  });

  it('keeps the history for staff: members are refused it', async () => {
    expect((await world.clients.owner.get(`/api/applications/${application.id}/history`)).status).toBe(403);
    expect((await world.clients.admin.get(`/api/applications/${application.id}/history`)).status).toBe(200);
  });

  it('left the application untouched', async () => {
    const stored = await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(stored.status).toBe('submitted');
    expect(await ctx.prisma.clarificationRequest.count({ where: { applicationId: application.id } })).toBe(0);
  });
});
