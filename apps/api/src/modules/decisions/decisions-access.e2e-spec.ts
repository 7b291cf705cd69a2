import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../test/decision-factories';

type Route = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown };

/** Every staff route of the decisions area, with a body that would succeed for the right caller. */
function staffRoutes(callId: string, applicationId: string, assignmentId: string, criterionId: string): Route[] {
  const score = `/api/applications/${applicationId}/scores/${assignmentId}/${criterionId}`;
  const letter = { subject: { lv: 'S', en: 'S' }, body: { lv: 'B', en: 'B' } };
  return [
    { method: 'GET', url: `/api/applications/${applicationId}/scores` },
    { method: 'PUT', url: `${score}/moderation`, body: { moderatedScore: 3, reason: 'x' } },
    { method: 'DELETE', url: `${score}/moderation` },
    { method: 'PUT', url: `${score}/shared`, body: { shared: true } },
    { method: 'GET', url: `/api/calls/${callId}/ranking` },
    { method: 'POST', url: `/api/applications/${applicationId}/decision`, body: { kind: 'reject', rationale: 'x' } },
    { method: 'GET', url: `/api/calls/${callId}/letter-templates` },
    { method: 'PUT', url: `/api/calls/${callId}/letter-templates/award`, body: letter },
    { method: 'DELETE', url: `/api/calls/${callId}/letter-templates/award` },
    { method: 'POST', url: `/api/calls/${callId}/letters/preview`, body: { applicationId, kind: 'award' } },
    { method: 'POST', url: `/api/calls/${callId}/letters/send` },
    { method: 'POST', url: `/api/calls/${callId}/exports/scores?format=csv` },
    { method: 'POST', url: `/api/calls/${callId}/exports/decisions?format=xlsx` },
  ];
}

describe('Decisions: who may call what', () => {
  let ctx: TestContext;
  let world: DecisionWorld;
  let routes: Route[];
  let applicationId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
    const { application, assignments } = await reviewedApplication(ctx, world);
    applicationId = application.id;
    routes = staffRoutes(world.call.id, application.id, assignments[0]!.id, world.criteria.impact.id);
  });
  afterAll(() => ctx.close());

  async function expectRefused(client: TestClient, allowed: number[]) {
    for (const route of routes) {
      const response = await client.request(route.method, route.url, route.body);
      expect([route.method, route.url, allowed.includes(response.status)]).toEqual([route.method, route.url, true]);
      expect(JSON.stringify(response.body ?? '')).not.toContain('Vērtētājs Andris');
    }
  }

  it('refuses anonymous callers (401)', () => expectRefused(world.clients.anonymous, [401]));
  it('refuses applicants, even members of the applying organisation (403)', async () => {
    await expectRefused(world.clients.owner, [403]);
    await expectRefused(world.clients.outsider, [403]);
  });
  it('refuses reviewers (403) and admins, who do not decide (403)', async () => {
    await expectRefused(world.clients.reviewer, [403]);
    await expectRefused(world.clients.admin, [403]);
  });
  it('answers a coordinator of another programme as if nothing existed (404)', () => expectRefused(world.clients.otherCoordinator, [404]));

  it('left everything as it was', async () => {
    const application = await ctx.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(application.status).toBe('reviewed');
    expect(await ctx.prisma.decision.count()).toBe(0);
    expect(await ctx.prisma.decisionLetterTemplate.count()).toBe(0);
    expect(await ctx.prisma.reviewScore.count({ where: { OR: [{ moderatedScore: { not: null } }, { sharedWithApplicant: true }] } })).toBe(0);
    expect((await ctx.prisma.call.findUniqueOrThrow({ where: { id: world.call.id } })).status).toBe('closed');
  });

  it('lets the programme’s coordinator through on every route', async () => {
    for (const route of routes) {
      const response = await world.clients.coordinator.request(route.method, route.url, route.body);
      expect([route.method, route.url, response.status]).toEqual([route.method, route.url, response.status < 300 ? response.status : 'failed']);
    }
  });

  it('the applicant decision route is for members only', async () => {
    for (const client of [world.clients.coordinator, world.clients.reviewer, world.clients.admin]) {
      expect((await client.get(`/api/applications/${applicationId}/decision`)).status).toBe(403);
    }
    expect((await world.clients.anonymous.get(`/api/applications/${applicationId}/decision`)).status).toBe(401);
    expect((await world.clients.outsider.get(`/api/applications/${applicationId}/decision`)).status).toBe(404);
  });

  it('bounds path parameters', async () => {
    expect((await world.clients.coordinator.get('/api/calls/not-a-uuid/ranking')).status).toBe(400);
    expect((await world.clients.coordinator.get(`/api/applications/${applicationId}x/scores`)).status).toBe(400);
  });
});
