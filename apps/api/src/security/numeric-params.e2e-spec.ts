import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../test/test-app';
import { createApplicationWorld, startApplication, type ApplicationWorld } from '../test/application-factories';

/** Numbers past what the database holds are a 400 naming the parameter, never a 500. */
describe('Large numeric path, query and body parameters', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let applicationId: string;
  const huge = '99999999999';

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
    applicationId = (await startApplication(world)).id;
  });
  afterAll(() => ctx.close());

  it.each([
    ['form version in the path', () => `/api/calls/${world.call.id}/form/versions/${huge}`],
    ['revision numbers to compare', () => `/api/applications/${applicationId}/revisions/compare?from=${huge}&to=1`],
    ['requested-amount filter', () => `/api/calls/${world.call.id}/applications?requestedMin=${huge}00000`],
    ['audit page', () => `/api/audit?page=${huge}`],
  ])('%s', async (_name, url) => {
    const client = url().startsWith('/api/applications/') ? world.clients.owner : world.clients.coordinator;
    const response = await client.get(url());
    expect(response.status).toBe(400);
    expect(response.body.type).toBe(PROBLEM_TYPES.validation);
  });

  it('refuses a version number in a body past the database integer', async () => {
    const response = await world.clients.coordinator.post(`/api/calls/${world.call.id}/publish`, { version: Number(huge) });
    expect(response.status).toBe(400);
    const organisation = await world.clients.owner.put(`/api/organisations/${world.organisation.id}`, { version: Number(huge) });
    expect(organisation.status).toBe(400);
  });

  it('still answers the ordinary values', async () => {
    expect((await world.clients.coordinator.get(`/api/calls/${world.call.id}/form/versions/1`)).status).toBe(200);
    expect((await world.clients.coordinator.get(`/api/calls/${world.call.id}/form/versions/7`)).status).toBe(404);
  });
});
