import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { createReviewWorld, fullScores, type ReviewWorld } from '../../test/review-factories';

describe('Review assignment by coordinators', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: ReviewWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    world = await createReviewWorld(ctx, { reviewerCount: 4, applicationCount: 5 });
    // Reviewer 1 is a member of the first applicant; reviewer 2 declared a conflict with the second.
    await ctx.prisma.organisationMember.create({ data: { organisationId: world.applications[0]!.organisation.id, userId: world.reviewers[0]!.id } });
    await ctx.prisma.reviewerConflict.create({ data: { reviewerId: world.reviewers[1]!.id, organisationId: world.applications[1]!.organisation.id } });
  }, 120_000);

  afterAll(async () => {
    await worker.close();
    await ctx.close();
  });

  const activeOf = (applicationId: string) =>
    ctx.prisma.reviewAssignment.findMany({ where: { applicationId, status: { in: ['pending', 'in_progress', 'submitted'] } } });

  it('refuses a manual assignment of a member of the applying organisation or a conflicted reviewer', async () => {
    const url = `/api/calls/${world.call.id}/assignments`;
    const member = await world.clients.coordinator.post(url, { applicationId: world.applications[0]!.application.id, reviewerIds: [world.reviewers[0]!.id] });
    expect(member.status).toBe(400);
    expect(member.body.errors[0]).toMatchObject({ path: 'reviewerIds.0', code: 'not_allowed' });
    const conflicted = await world.clients.coordinator.post(url, { applicationId: world.applications[1]!.application.id, reviewerIds: [world.reviewers[1]!.id] });
    expect(conflicted.status).toBe(400);
    expect(await ctx.prisma.reviewAssignment.count()).toBe(0);
  });

  it('assigns n reviewers per eligible application automatically, within the rules, loads within one', async () => {
    const response = await world.clients.coordinator.post(`/api/calls/${world.call.id}/assignments/auto`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ created: 10, unfilled: [] });

    const assignments = await ctx.prisma.reviewAssignment.findMany({ where: { callId: world.call.id } });
    expect(assignments.some((a) => a.applicationId === world.applications[0]!.application.id && a.reviewerId === world.reviewers[0]!.id)).toBe(false);
    expect(assignments.some((a) => a.applicationId === world.applications[1]!.application.id && a.reviewerId === world.reviewers[1]!.id)).toBe(false);
    const loads = world.reviewers.map((reviewer) => assignments.filter((a) => a.reviewerId === reviewer.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    const statuses = await ctx.prisma.application.findMany({ where: { callId: world.call.id }, select: { status: true } });
    expect(statuses.every((application) => application.status === 'under_review')).toBe(true);
    expect(await ctx.prisma.auditLog.count({ where: { action: 'application.startReview' } })).toBe(5);

    // A second run has nothing left to do.
    expect((await world.clients.coordinator.post(`/api/calls/${world.call.id}/assignments/auto`)).body.created).toBe(0);
  });

  it('mails each reviewer once, in their language', async () => {
    const lv = await ctx.mailbox.waitFor(world.reviewers[0]!.email);
    expect(lv.subject).toBe('Pieteikumi vērtēšanai konkursā „Kopienu iniciatīvas 2026”');
    expect(lv.text).toContain('Vērtēšanas termiņš: 2027. gada 1. marts');
    expect(lv.text).toContain('http://kopa.test/reviews');
    const en = await ctx.mailbox.waitFor(world.reviewers[1]!.email);
    expect(en.subject).toBe('Applications to review in the call “Community initiatives 2026”');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ctx.mailbox.to(world.reviewers[0]!.email)).toHaveLength(1);
  });

  it('shows progress per application, paged in SQL, and per reviewer', async () => {
    const page = await world.clients.coordinator.get(`/api/calls/${world.call.id}/review-progress?page=2&pageSize=2`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 2, summary: { applications: 5, fullyReviewed: 0, assignments: 10, submitted: 0 } });
    expect(page.body.items).toHaveLength(2);
    expect(page.body.items[0]).toMatchObject({ needed: 2, done: 0 });
    expect(page.body.items[0].assignments).toHaveLength(2);

    const pool = await world.clients.coordinator.get(`/api/calls/${world.call.id}/reviewers?pageSize=10`);
    expect(pool.body.total).toBe(4);
    expect(pool.body.items.reduce((sum: number, reviewer: { assigned: number }) => sum + reviewer.assigned, 0)).toBe(10);
  });

  it('replaces a reviewer who drops out with the least loaded eligible one', async () => {
    const target = world.applications[2]!.application.id;
    const before = await activeOf(target);
    const [leaving] = before;
    const loadOf = (reviewerId: string) => ctx.prisma.reviewAssignment.count({ where: { reviewerId, status: { in: ['pending', 'in_progress', 'submitted'] } } });
    // Who could take it: every reviewer not already on the application (none is a member of its organisation or conflicted with it).
    const candidates = world.reviewers.filter((reviewer) => !before.some((assignment) => assignment.reviewerId === reviewer.id));
    const candidateLoads = new Map(await Promise.all(candidates.map(async (reviewer) => [reviewer.id, await loadOf(reviewer.id)] as const)));
    const released = await world.clients.coordinator.post(`/api/review-assignments/${leaving!.id}/release`, { reason: 'Slimības dēļ' });
    expect(released.status).toBe(200);
    expect(released.body.replacedBy).not.toBeNull();
    expect(released.body.replacedBy).not.toBe(leaving!.reviewerId);
    const active = await activeOf(target);
    expect(active).toHaveLength(2);
    // The replacement was one of the least loaded candidates at the time.
    expect(candidateLoads.get(released.body.replacedBy)).toBe(Math.min(...candidateLoads.values()));
    const row = await ctx.prisma.reviewAssignment.findUniqueOrThrow({ where: { id: leaving!.id } });
    expect(row).toMatchObject({ status: 'released', releaseReason: 'Slimības dēļ' });
  });

  it('completes the review when every active assignment is submitted; only a coordinator reopens it', async () => {
    const target = world.applications[3]!.application.id;
    const active = await activeOf(target);
    for (const assignment of active) {
      const client = world.clients.reviewers[world.reviewers.findIndex((r) => r.id === assignment.reviewerId)]!;
      const base = `/api/reviews/assignments/${assignment.id}`;
      const declared = (await client.post(`${base}/declaration`, { conflict: false })).body.assignment;
      const saved = (await client.patch(`${base}/draft`, { version: declared.version, comment: '', scores: fullScores(world) })).body;
      expect((await client.post(`${base}/submit`, { version: saved.version })).status).toBe(200);
    }
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: target } })).status).toBe('reviewed');
    expect(await ctx.prisma.auditLog.count({ where: { action: 'application.completeReview', entityId: target } })).toBe(1);

    const reviewerClient = world.clients.reviewers[world.reviewers.findIndex((r) => r.id === active[0]!.reviewerId)]!;
    expect((await reviewerClient.post(`/api/review-assignments/${active[0]!.id}/reopen`, { reason: 'x' })).status).toBe(403);
    expect((await world.clients.otherCoordinator.post(`/api/review-assignments/${active[0]!.id}/reopen`, { reason: 'x' })).status).toBe(404);
    const reopened = await world.clients.coordinator.post(`/api/review-assignments/${active[0]!.id}/reopen`, { reason: 'Komentārs nav pamatots' });
    expect(reopened.status).toBe(204);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: target } })).status).toBe('under_review');
    expect((await ctx.prisma.reviewAssignment.findUniqueOrThrow({ where: { id: active[0]!.id } })).status).toBe('in_progress');
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { action: 'review.reopened', entityId: active[0]!.id } });
    expect(audit.after).toMatchObject({ reason: 'Komentārs nav pamatots' });
    expect(await ctx.prisma.auditLog.count({ where: { action: 'application.reopenReview', entityId: target } })).toBe(1);
    // The reviewer is told, with the reason, by e-mail and in the inbox, in their language.
    const mail = await ctx.prisma.outboxMessage.findFirstOrThrow({ where: { dedupeKey: { startsWith: `review-reopened:${active[0]!.id}:` } } });
    expect(mail.payload).toMatchObject({ template: 'review-reopened', params: { reason: 'Komentārs nav pamatots' } });
    const inbox = await ctx.prisma.notification.findFirstOrThrow({ where: { userId: active[0]!.reviewerId, dedupeKey: mail.dedupeKey } });
    expect(inbox).toMatchObject({ category: 'review' });

    // The rubric is locked now that a review has been submitted.
    const settings = (await world.clients.coordinator.get(`/api/calls/${world.call.id}/review-settings`)).body;
    expect(settings.rubricLocked).toBe(true);
  });
});
