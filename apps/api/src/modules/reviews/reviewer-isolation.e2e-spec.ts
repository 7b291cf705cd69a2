import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { createUser } from '../../test/factories';
import { createAssignment, createReviewWorld, eligibleApplication, fullScores, type ReviewWorld } from '../../test/review-factories';

type Route = { method: 'GET' | 'POST' | 'PATCH'; url: string; body?: unknown };

/** Every reviewer route on one assignment, with a body that would succeed for its reviewer. */
function reviewerRoutes(world: ReviewWorld, assignmentId: string, attachmentId: string): Route[] {
  const base = `/api/reviews/assignments/${assignmentId}`;
  return [
    { method: 'GET', url: base },
    { method: 'POST', url: `${base}/declaration`, body: { conflict: false } },
    { method: 'PATCH', url: `${base}/draft`, body: { version: 2, comment: 'x', scores: fullScores(world) } },
    { method: 'POST', url: `${base}/submit`, body: { version: 2 } },
    { method: 'GET', url: `${base}/attachments/${attachmentId}` },
  ];
}

/** Every coordinator route of the call (and on one assignment). */
function staffRoutes(world: ReviewWorld, assignmentId: string): Route[] {
  const call = `/api/calls/${world.call.id}`;
  return [
    { method: 'GET', url: `${call}/review-settings` },
    { method: 'PUT' as 'POST', url: `${call}/review-settings`, body: { version: 1, reviewersPerApplication: 2, reviewDueAt: null, disagreementGap: 20, blindReview: false, identifyingQuestionIds: [], reviewerHiddenQuestionIds: [] } },
    { method: 'PUT' as 'POST', url: `${call}/rubric`, body: { version: 1, criteria: [{ name: { lv: 'A', en: 'A' }, guidance: { lv: '', en: '' }, maxScore: 5, weight: 1, minScore: null }] } },
    { method: 'GET', url: `${call}/review-progress` },
    { method: 'GET', url: `${call}/reviewers` },
    { method: 'GET', url: `${call}/reviewer-candidates?q=a` },
    { method: 'POST', url: `${call}/reviewers`, body: { userId: world.reviewers[0]!.id } },
    { method: 'POST', url: `${call}/reviewers/invite`, body: { email: 'jauns@example.test', displayName: 'Jauns', locale: 'lv' } },
    { method: 'POST', url: `${call}/assignments`, body: { applicationId: world.applications[0]!.application.id, reviewerIds: [world.reviewers[0]!.id] } },
    { method: 'POST', url: `${call}/assignments/auto` },
    { method: 'POST', url: `/api/review-assignments/${assignmentId}/release`, body: { reason: 'x' } },
    { method: 'POST', url: `/api/review-assignments/${assignmentId}/reopen`, body: { reason: 'x' } },
  ];
}

async function send(client: TestClient, route: Route) {
  return client.request(route.method as 'GET', route.url, route.body);
}

describe('Reviews: who may call what', () => {
  let ctx: TestContext;
  let world: ReviewWorld;
  let assigned: { id: string };
  let conflicted: { id: string };
  let otherCallAssignment: { id: string };
  let otherCallReviewer: TestClient;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createReviewWorld(ctx, { reviewerCount: 3, applicationCount: 2 });
    const [app] = world.applications;
    assigned = await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: app!.application.id, reviewerId: world.reviewers[0]!.id, status: 'in_progress' });
    conflicted = await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: app!.application.id, reviewerId: world.reviewers[1]!.id, status: 'conflicted' });
    // A reviewer who reviews a different call of another programme.
    const otherCall = await ctx.prisma.call.findFirstOrThrow({ where: { code: 'OT' } });
    const otherApp = await eligibleApplication(ctx, otherCall.id, 'Cita biedrība');
    const stranger = await createUser(ctx.prisma, { roles: ['reviewer'] });
    otherCallAssignment = await createAssignment(ctx.prisma, { callId: otherCall.id, applicationId: otherApp.application.id, reviewerId: stranger.id, status: 'in_progress' });
    otherCallReviewer = await ctx.client().signInAs(stranger.id);
  }, 120_000);

  afterAll(() => ctx.close());

  const routesOf = (assignmentId: string) => reviewerRoutes(world, assignmentId, world.applications[0]!.documents.id);

  it('answers the assigned reviewer', async () => {
    const response = await world.clients.reviewers[0]!.get(`/api/reviews/assignments/${assigned.id}`);
    expect(response.status).toBe(200);
    expect(response.body.application.answers.title).toContain('Ūdensroze 1');
  });

  it.each([
    ['a reviewer who is not assigned', 2],
    ['the reviewer who declared a conflict', 1],
  ])('gives %s 404 on every reviewer route, revealing nothing', async (_label, index) => {
    for (const route of routesOf(assigned.id).concat(index === 1 ? routesOf(conflicted.id) : [])) {
      const response = await send(world.clients.reviewers[index]!, route);
      expect([route.url, response.status]).toEqual([route.url, 404]);
      expect(JSON.stringify(response.body ?? '')).not.toContain('Ūdensroze');
    }
  });

  it("gives a reviewer of another call 404 on this call's assignments, and this call's reviewer 404 on theirs", async () => {
    for (const route of routesOf(assigned.id)) {
      expect([route.url, (await send(otherCallReviewer, route)).status]).toEqual([route.url, 404]);
    }
    for (const route of reviewerRoutes(world, otherCallAssignment.id, world.applications[0]!.documents.id)) {
      expect([route.url, (await send(world.clients.reviewers[0]!, route)).status]).toEqual([route.url, 404]);
    }
  });

  it('refuses applicants and coordinators on reviewer routes (403), and anonymous callers (401)', async () => {
    for (const route of [...routesOf(assigned.id), { method: 'GET' as const, url: '/api/reviews/assignments' }]) {
      expect([route.url, (await send(world.clients.applicant, route)).status]).toEqual([route.url, 403]);
      expect([route.url, (await send(world.clients.coordinator, route)).status]).toEqual([route.url, 403]);
      expect([route.url, (await send(world.clients.anonymous, route)).status]).toEqual([route.url, 401]);
    }
  });

  it('refuses reviewers and applicants on coordinator routes (403), a coordinator of another programme gets 404', async () => {
    for (const route of staffRoutes(world, assigned.id)) {
      expect([route.url, (await send(world.clients.reviewers[0]!, route)).status]).toEqual([route.url, 403]);
      expect([route.url, (await send(world.clients.applicant, route)).status]).toEqual([route.url, 403]);
      expect([route.url, (await send(world.clients.otherCoordinator, route)).status]).toEqual([route.url, 404]);
    }
  });

  it('left everything as it was', async () => {
    const assignments = await ctx.prisma.reviewAssignment.findMany({ where: { callId: world.call.id }, orderBy: { createdAt: 'asc' } });
    expect(assignments.map((a) => a.status)).toEqual(['in_progress', 'conflicted']);
    expect(await ctx.prisma.reviewScore.count()).toBe(0);
    expect(await ctx.prisma.reviewerPoolMember.count({ where: { callId: world.call.id } })).toBe(3);
    expect(await ctx.prisma.user.count({ where: { email: 'jauns@example.test' } })).toBe(0);
  });
});
