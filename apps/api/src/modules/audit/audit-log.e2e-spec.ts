import { startTestApp, type TestContext } from '../../test/test-app';
import { TEST_PASSWORD } from '../../test/factories';
import { createApplicationWorld, startApplication, type ApplicationWorld } from '../../test/application-factories';

interface Entry {
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  requestId: string | null;
  after: Record<string, unknown> | null;
  before: Record<string, unknown> | null;
}

describe('audit log (GET /api/audit)', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let applicationId: string;

  beforeAll(async () => {
    ctx = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    world = await createApplicationWorld(ctx);
    // The owner signs in through the form (a login row), starts an application in the
    // coordinator's programme and invites someone by e-mail.
    const owner = ctx.client();
    await owner.login(world.users.owner.email, TEST_PASSWORD);
    applicationId = (await startApplication(world)).id;
    const invited = await world.clients.owner.post(`/api/organisations/${world.organisation.id}/invitations`, {
      email: 'invitee.private@example.test',
      role: 'member',
    });
    expect(invited.status).toBe(201);
  });
  afterAll(() => ctx.close());

  const items = (body: { items: Entry[] }) => body.items;

  it('shows a coordinator entries about applications to their programme, with the actor name and request id', async () => {
    const response = await world.clients.coordinator.get(`/api/audit?entityType=application&entityId=${applicationId}`);
    expect(response.status).toBe(200);
    const created = items(response.body).find((entry) => entry.action === 'application.created');
    expect(created).toMatchObject({ entityId: applicationId, actorName: 'Anna Īpašniece' });
    expect(created?.requestId).toMatch(/^[\w-]{8,64}$/);
    expect(response.body.total).toBe(response.body.items.length);
  });

  it('never shows a coordinator login, session or user rows, nor other users’ e-mail addresses or IPs', async () => {
    const response = await world.clients.coordinator.get('/api/audit?pageSize=100');
    expect(response.status).toBe(200);
    const entries = items(response.body);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => ['call', 'application', 'organisation'].includes(entry.entityType))).toBe(true);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('invitee.private@example.test');
    expect(text).not.toContain(world.users.owner.email);
    expect(text).not.toContain('ipAddress');
    expect(text).not.toContain('userAgent');
    // The organisation applied to their call, so its invitation is visible, by reference.
    const invitation = entries.find((entry) => entry.action === 'organisation.invitation-created');
    expect(invitation?.after).toMatchObject({ role: 'member' });
  });

  it('shows a coordinator of another programme nothing of this programme', async () => {
    for (const query of ['', `?entityType=application&entityId=${applicationId}`, `?entityType=organisation&entityId=${world.organisation.id}`]) {
      const response = await world.clients.otherCoordinator.get(`/api/audit${query}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ items: [], total: 0 });
    }
  });

  it('shows an admin the whole log, but the login row keeps no IP or user agent', async () => {
    const response = await world.clients.admin.get(`/api/audit?action=user.login&actorId=${world.users.owner.id}`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(1);
    const [login] = items(response.body);
    expect(login.after).toEqual({ sessionId: expect.any(String) });
    expect(login.requestId).toEqual(expect.any(String));
  });

  it('pages in SQL with a total, and filters by time', async () => {
    const first = await world.clients.admin.get('/api/audit?pageSize=1&page=1');
    const second = await world.clients.admin.get('/api/audit?pageSize=1&page=2');
    expect(first.body.total).toBeGreaterThan(2);
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    const future = await world.clients.admin.get(`/api/audit?from=${encodeURIComponent('2100-01-01T00:00:00Z')}`);
    expect(future.body).toMatchObject({ items: [], total: 0 });
  });

  it('refuses unbounded or malformed queries with 400', async () => {
    for (const query of ['pageSize=101', 'page=99999999999', 'actorId=not-a-uuid', 'from=yesterday']) {
      const response = await world.clients.admin.get(`/api/audit?${query}`);
      expect(response.status).toBe(400);
    }
  });

  it('refuses applicants, reviewers and visitors', async () => {
    expect((await world.clients.owner.get('/api/audit')).status).toBe(403);
    expect((await world.clients.reviewer.get('/api/audit')).status).toBe(403);
    expect((await world.clients.anonymous.get('/api/audit')).status).toBe(401);
  });
});
