import { startTestApp, type TestContext } from '../../test/test-app';
import { createAssignment, createReviewWorld, type ReviewWorld } from '../../test/review-factories';

const criterion = (overrides: Record<string, unknown> = {}) => ({
  name: { lv: 'Ietekme uz kopienu', en: 'Community impact' },
  guidance: { lv: 'Cik daudz iedzīvotāju iesaistīs?', en: 'How many residents take part?' },
  maxScore: 10,
  weight: 3,
  minScore: null,
  ...overrides,
});

describe('Review settings and rubric', () => {
  let ctx: TestContext;
  let world: ReviewWorld;
  const url = () => `/api/calls/${world.call.id}`;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createReviewWorld(ctx, { reviewerCount: 1, applicationCount: 1 });
  }, 120_000);

  afterAll(() => ctx.close());

  it('shows the settings, the rubric and the questions to mark', async () => {
    const response = await world.clients.coordinator.get(`${url()}/review-settings`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ reviewersPerApplication: 2, blindReview: false, identifyingQuestionIds: ['contact_person'], rubricLocked: false });
    expect(response.body.criteria.map((c: { name: { lv: string } }) => c.name.lv)).toEqual(['Atbilstība', 'Īstenojamība']);
    expect(response.body.questions.find((q: { id: string }) => q.id === 'statutes')).toMatchObject({ type: 'file' });
  });

  it('saves settings with the version, refusing a stale one and unknown or non-file questions', async () => {
    const before = (await world.clients.coordinator.get(`${url()}/review-settings`)).body;
    const body = {
      version: before.version,
      reviewersPerApplication: 3,
      reviewDueAt: '2027-04-01T09:00:00.000Z',
      disagreementGap: 15,
      blindReview: true,
      identifyingQuestionIds: ['contact_person', 'title'],
      reviewerHiddenQuestionIds: ['statutes'],
    };
    const saved = await world.clients.coordinator.put(`${url()}/review-settings`, body);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: before.version + 1, reviewersPerApplication: 3, blindReview: true, reviewDueAt: '2027-04-01T09:00:00.000Z' });
    expect((await world.clients.coordinator.put(`${url()}/review-settings`, body)).status).toBe(409);

    const bad = await world.clients.coordinator.put(`${url()}/review-settings`, { ...body, version: saved.body.version, identifyingQuestionIds: ['nope'], reviewerHiddenQuestionIds: ['title'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['identifyingQuestionIds.0', 'reviewerHiddenQuestionIds.0']);
    expect((await world.clients.coordinator.put(`${url()}/review-settings`, { ...body, version: saved.body.version, reviewersPerApplication: 11 })).status).toBe(400);
    const audit = await ctx.prisma.auditLog.count({ where: { action: 'call.review_settings_updated', entityId: world.call.id } });
    expect(audit).toBe(1);
  });

  it('replaces the rubric, keeping the ids of criteria it keeps; bounds counts and lengths', async () => {
    const before = (await world.clients.coordinator.get(`${url()}/review-settings`)).body;
    const [kept] = before.criteria;
    const response = await world.clients.coordinator.put(`${url()}/rubric`, {
      version: before.version,
      criteria: [criterion(), { ...kept, guidance: { lv: 'Jauns', en: 'New' }, minScore: 5 }],
    });
    expect(response.status).toBe(200);
    expect(response.body.criteria.map((c: { name: { en: string }; position: number }) => [c.position, c.name.en])).toEqual([[0, 'Community impact'], [1, 'Relevance']]);
    expect(response.body.criteria[1].id).toBe(kept.id);
    expect(await ctx.prisma.rubricCriterion.count({ where: { callId: world.call.id } })).toBe(2);

    const version = response.body.version;
    const tooMany = await world.clients.coordinator.put(`${url()}/rubric`, { version, criteria: Array.from({ length: 21 }, () => criterion()) });
    expect(tooMany.status).toBe(400);
    const minAboveMax = await world.clients.coordinator.put(`${url()}/rubric`, { version, criteria: [criterion({ minScore: 11 })] });
    expect(minAboveMax.status).toBe(400);
    expect(minAboveMax.body.errors[0].path).toBe('criteria.0.minScore');
    const longName = await world.clients.coordinator.put(`${url()}/rubric`, { version, criteria: [criterion({ name: { lv: 'x'.repeat(201), en: 'x' } })] });
    expect(longName.status).toBe(400);
    const stale = await world.clients.coordinator.put(`${url()}/rubric`, { version: version - 1, criteria: [criterion()] });
    expect(stale.status).toBe(409);
  });

  it('locks the rubric once a review is submitted, and says so', async () => {
    await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: world.applications[0]!.application.id, reviewerId: world.reviewers[0]!.id, status: 'submitted' });
    const current = (await world.clients.coordinator.get(`${url()}/review-settings`)).body;
    expect(current.rubricLocked).toBe(true);
    const locked = await world.clients.coordinator.put(`${url()}/rubric`, { version: current.version, criteria: [criterion()] });
    expect(locked.status).toBe(409);
    expect(locked.body.detail).toBe('The rubric is locked: a review of this call has already been submitted.');
    expect(locked.body.errors[0]).toMatchObject({ path: 'criteria', code: 'rubric_locked' });
  });

  it('cloning a call copies its rubric and review settings', async () => {
    const clone = await world.clients.coordinator.post(`${url()}/clone`);
    expect(clone.status).toBe(201);
    const settings = (await world.clients.coordinator.get(`/api/calls/${clone.body.id}/review-settings`)).body;
    expect(settings).toMatchObject({ reviewersPerApplication: 3, blindReview: true, disagreementGap: 15, rubricLocked: false });
    expect(settings.criteria.map((c: { name: { en: string }; maxScore: number }) => [c.name.en, c.maxScore])).toEqual([['Community impact', 10], ['Relevance', 10]]);
  });
});
