import { scoreApplication } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../test/decision-factories';

/** The ranked list's figures for each application equal scoreApplication() over its reviews as they are now. */
async function expectRankedAsTheRuleSays(ctx: TestContext, world: DecisionWorld, ids: string[]) {
  const ranked = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?pageSize=100`);
  expect(ranked.status).toBe(200);
  const criteria = await ctx.prisma.rubricCriterion.findMany({ where: { callId: world.call.id } });
  for (const id of ids) {
    const rows = await ctx.prisma.reviewAssignment.findMany({ where: { applicationId: id }, include: { scores: true } });
    const expected = scoreApplication(
      criteria,
      rows.map((row) => ({ submitted: row.status === 'submitted', scores: Object.fromEntries(row.scores.map((s) => [s.criterionId, s])) })),
      world.call.disagreementGap,
    );
    const item = ranked.body.items.find((entry: any) => entry.id === id);
    expect([id, item.weightedTotal, item.spread, item.disagreement, item.belowMinimum, item.reviewCount]).toEqual([
      id,
      expected.weightedTotal,
      expected.spread,
      expected.disagreement,
      expected.belowMinimum.length > 0,
      expected.reviewCount,
    ]);
  }
  return ranked.body.items as any[];
}

describe('Scores: per application, moderation and the ranked list', () => {
  let ctx: TestContext;
  let world: DecisionWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
  });
  afterAll(() => ctx.close());

  const scoresOf = (id: string) => world.clients.coordinator.get(`/api/applications/${id}/scores`);

  it('shows each named reviewer with per-criterion scores, the weighted total, means, spread and flags', async () => {
    // A: (4/5·2 + 6/10) / 3 · 100 = 73.33; B: (1/5·2 + 2/10) / 3 · 100 = 20 → mean 46.67, spread 53.33
    const { application } = await reviewedApplication(ctx, world, { scores: [[4, 6], [1, 2]] });
    const response = await scoresOf(application.id);
    expect(response.status).toBe(200);
    expect(response.body.summary).toEqual({ reviewCount: 2, weightedTotal: 46.67, spread: 53.33, disagreement: true });
    expect(response.body.criteria.map((c: any) => [c.name.en, c.mean, c.belowMinimum])).toEqual([
      ['Impact', 2.5, true],
      ['Budget', 4, false],
    ]);
    expect(response.body.reviewers.map((r: any) => [r.reviewerName, r.total, r.scores.map((s: any) => s.score)])).toEqual([
      ['Vērtētājs Andris', 73.33, [4, 6]],
      ['Vērtētāja Baiba', 20, [1, 2]],
    ]);
    expect(response.body.reviewers[0].scores[0].comment).toBe('Ietekme: Vērtētājs Andris');
    expect(response.body.allowedDecisions).toEqual(['award', 'waitlist', 'reject']);
  });

  it('has no totals with no submitted review, and hides a draft reviewer’s scores', async () => {
    const { application } = await reviewedApplication(ctx, world, { scores: [[5, 10]], status: 'under_review' });
    await ctx.prisma.reviewAssignment.updateMany({ where: { applicationId: application.id }, data: { status: 'in_progress', submittedAt: null } });
    const response = await scoresOf(application.id);
    expect(response.body.summary).toEqual({ reviewCount: 0, weightedTotal: null, spread: null, disagreement: false });
    expect(response.body.reviewers[0]).toMatchObject({ status: 'in_progress', total: null, scores: [] });
  });

  it('moderates one score: totals use it, the original is kept, the change is audited, and it can be removed', async () => {
    const { application, assignments } = await reviewedApplication(ctx, world, { scores: [[4, 6], [1, 2]] });
    const url = `/api/applications/${application.id}/scores/${assignments[1]!.id}/${world.criteria.impact.id}/moderation`;

    const moderated = await world.clients.coordinator.put(url, { moderatedScore: 4, reason: 'Vērtētājs nepamanīja pielikumu.' });
    expect(moderated.status).toBe(200);
    // B now: (4/5·2 + 2/10) / 3 · 100 = 60 → mean (73.33 + 60) / 2 = 66.67, spread 13.33
    expect(moderated.body.summary).toEqual({ reviewCount: 2, weightedTotal: 66.67, spread: 13.33, disagreement: false });
    const cell = moderated.body.reviewers[1].scores[0];
    expect(cell).toMatchObject({ score: 1, moderatedScore: 4, effectiveScore: 4, moderationReason: 'Vērtētājs nepamanīja pielikumu.', moderatedByName: 'Koordinatore Ilze' });
    const stored = await ctx.prisma.reviewScore.findUniqueOrThrow({ where: { assignmentId_criterionId: { assignmentId: assignments[1]!.id, criterionId: world.criteria.impact.id } } });
    expect([stored.score, stored.moderatedScore, stored.moderatedById]).toEqual([1, 4, world.users.coordinator.id]);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { action: 'review_score.moderated', entityId: `${assignments[1]!.id}:${world.criteria.impact.id}` } });
    expect(audit).toMatchObject({ actorId: world.users.coordinator.id, before: { score: 1, moderatedScore: null }, after: { score: 1, moderatedScore: 4 } });

    const ranked = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?pageSize=100`);
    expect(ranked.body.items.find((item: any) => item.id === application.id)).toMatchObject({ weightedTotal: 66.67, spread: 13.33, disagreement: false });

    const removed = await world.clients.coordinator.delete(url);
    expect(removed.status).toBe(200);
    expect(removed.body.summary.weightedTotal).toBe(46.67);
    expect(removed.body.reviewers[1].scores[0]).toMatchObject({ score: 1, moderatedScore: null, moderationReason: null });
    expect(await ctx.prisma.auditLog.count({ where: { action: 'review_score.moderation_removed' } })).toBe(1);
    expect((await world.clients.coordinator.delete(url)).status).toBe(404);
  });

  it('refuses a moderation without a reason, above the maximum, or with an unbounded reason', async () => {
    const { application, assignments } = await reviewedApplication(ctx, world);
    const url = `/api/applications/${application.id}/scores/${assignments[0]!.id}/${world.criteria.impact.id}/moderation`;
    for (const body of [{ moderatedScore: 3 }, { moderatedScore: 3, reason: '  ' }, { moderatedScore: 6, reason: 'x' }, { moderatedScore: 3, reason: 'x'.repeat(2001) }, { moderatedScore: -1, reason: 'x' }, { moderatedScore: 2.5, reason: 'x' }]) {
      const response = await world.clients.coordinator.put(url, body);
      expect([JSON.stringify(body).slice(0, 40), response.status]).toEqual([JSON.stringify(body).slice(0, 40), 400]);
    }
    const stored = await ctx.prisma.reviewScore.findFirstOrThrow({ where: { assignmentId: assignments[0]!.id, criterionId: world.criteria.impact.id } });
    expect(stored.moderatedScore).toBeNull();
  });

  it('refuses to moderate a score of another application or of a review not yet submitted', async () => {
    const first = await reviewedApplication(ctx, world);
    const second = await reviewedApplication(ctx, world);
    const wrong = `/api/applications/${first.application.id}/scores/${second.assignments[0]!.id}/${world.criteria.impact.id}/moderation`;
    expect((await world.clients.coordinator.put(wrong, { moderatedScore: 3, reason: 'x' })).status).toBe(404);
    await ctx.prisma.reviewAssignment.update({ where: { id: first.assignments[0]!.id }, data: { status: 'in_progress' } });
    const draft = `/api/applications/${first.application.id}/scores/${first.assignments[0]!.id}/${world.criteria.impact.id}/moderation`;
    expect((await world.clients.coordinator.put(draft, { moderatedScore: 3, reason: 'x' })).status).toBe(409);
  });

  it('marks a comment as shared with the applicant', async () => {
    const { application, assignments } = await reviewedApplication(ctx, world);
    const url = `/api/applications/${application.id}/scores/${assignments[0]!.id}/${world.criteria.budget.id}/shared`;
    const response = await world.clients.coordinator.put(url, { shared: true });
    expect(response.status).toBe(200);
    expect(response.body.reviewers[0].scores[1].sharedWithApplicant).toBe(true);
    expect((await world.clients.coordinator.put(url, { shared: 'yes' })).status).toBe(400);
  });
});

describe('Scores: the ranked list is scored in SQL exactly as the rule says', () => {
  let ctx: TestContext;
  let world: DecisionWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('agrees with scoreApplication() for random reviews, moderation and missing scores', async () => {
    const random = (max: number) => (Math.random() < 0.1 ? null : Math.floor(Math.random() * (max + 1)));
    const created = [];
    for (let i = 0; i < 12; i++) {
      const reviewers = 1 + (i % 3);
      const scores = Array.from({ length: reviewers }, () => [random(5), random(10)] as [number | null, number | null]);
      const made = await reviewedApplication(ctx, world, { scores });
      if (i % 4 === 0) {
        await ctx.prisma.reviewScore.update({
          where: { assignmentId_criterionId: { assignmentId: made.assignments[0]!.id, criterionId: world.criteria.budget.id } },
          data: { moderatedScore: 7, moderationReason: 'x' },
        });
      }
      created.push(made.application.id);
    }
    const items = await expectRankedAsTheRuleSays(ctx, world, created);
    expect(items.length).toBe(12);
    const totals = items.map((item) => item.weightedTotal ?? -1);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
    expect(items[0].rank).toBe(1);
  });

  it('pages, filters and sorts in SQL with a total, and shows the budget line', async () => {
    const page1 = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?page=1&pageSize=5`);
    const page3 = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?page=3&pageSize=5`);
    expect([page1.body.items.length, page1.body.total, page3.body.items.length, page3.body.total]).toEqual([5, 12, 2, 12]);
    expect(page1.body.budget).toEqual({ envelopeCents: 1_000_000, allocatedCents: 0, remainingCents: 1_000_000, overAllocated: false });
    const beyond = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?page=9&pageSize=5`);
    expect([beyond.body.items.length, beyond.body.total]).toEqual([0, 12]);

    const flagged = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?flag=disagreement&pageSize=100`);
    expect(flagged.body.items.every((item: any) => item.disagreement)).toBe(true);
    const byRequested = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?sort=reference&order=asc&pageSize=100`);
    const references = byRequested.body.items.map((item: any) => item.referenceNumber);
    expect(references).toEqual([...references].sort());

    for (const query of ['pageSize=101', 'page=0', 'sort=organisationName', 'status=draft', 'order=sideways']) {
      expect([query, (await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?${query}`)).status]).toEqual([query, 400]);
    }
  });

  it('leaves out applications that are not reviewed or decided', async () => {
    await reviewedApplication(ctx, world, { status: 'under_review' });
    await reviewedApplication(ctx, world, { status: 'ineligible', scores: [] });
    const ranked = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking?pageSize=100`);
    expect(ranked.body.total).toBe(12);
    expect(ranked.body.undecidedCount).toBe(13);
  });
});

describe('Scores: the ranked list follows every change of reviews, scores and the rubric', () => {
  let ctx: TestContext;
  let world: DecisionWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('when a review is reopened, a score is moderated or removed, and the rubric is reweighed', async () => {
    const first = await reviewedApplication(ctx, world, { scores: [[5, 10], [1, 2]] });
    const second = await reviewedApplication(ctx, world, { scores: [[3, 6], [4, 8]] });
    const ids = [first.application.id, second.application.id];
    await expectRankedAsTheRuleSays(ctx, world, ids);

    const moderated = await world.clients.coordinator.put(
      `/api/applications/${first.application.id}/scores/${first.assignments[1]!.id}/${world.criteria.budget.id}/moderation`,
      { moderatedScore: 9, reason: 'Budžets ir pamatots pielikumā.' },
    );
    expect(moderated.status).toBe(200);
    await expectRankedAsTheRuleSays(ctx, world, ids);

    await ctx.prisma.reviewAssignment.update({ where: { id: first.assignments[0]!.id }, data: { status: 'in_progress', submittedAt: null } });
    expect((await expectRankedAsTheRuleSays(ctx, world, ids)).find((item) => item.id === first.application.id).reviewCount).toBe(1);

    await ctx.prisma.reviewScore.delete({ where: { assignmentId_criterionId: { assignmentId: second.assignments[0]!.id, criterionId: world.criteria.impact.id } } });
    await ctx.prisma.rubricCriterion.update({ where: { id: world.criteria.impact.id }, data: { weight: 5, minScore: 4 } });
    await expectRankedAsTheRuleSays(ctx, world, ids);

    await ctx.prisma.reviewAssignment.updateMany({ where: { applicationId: second.application.id }, data: { status: 'released' } });
    const after = await expectRankedAsTheRuleSays(ctx, world, ids);
    expect(after.find((item) => item.id === second.application.id)).toMatchObject({ reviewCount: 0, weightedTotal: null });
  });

  it('counts two reviews of one application submitted at the same moment', async () => {
    const made = await reviewedApplication(ctx, world, { scores: [[5, 10], [2, 4]] });
    await ctx.prisma.reviewAssignment.updateMany({ where: { applicationId: made.application.id }, data: { status: 'in_progress', submittedAt: null } });
    const [a, b] = made.assignments;
    // The first submission stays uncommitted while the second is made: the second must still count the first.
    await Promise.all([
      ctx.prisma.$transaction(async (tx) => {
        await tx.reviewAssignment.update({ where: { id: a!.id }, data: { status: 'submitted', submittedAt: new Date() } });
        await tx.$executeRaw`SELECT pg_sleep(0.5)`;
      }),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        await ctx.prisma.reviewAssignment.update({ where: { id: b!.id }, data: { status: 'submitted', submittedAt: new Date() } });
      })(),
    ]);
    const ranked = await expectRankedAsTheRuleSays(ctx, world, [made.application.id]);
    expect(ranked.find((item) => item.id === made.application.id).reviewCount).toBe(2);
  });
});
