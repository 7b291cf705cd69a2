import { startTestApp, type TestContext } from '../../test/test-app';
import { downloadBytes } from '../../test/attachment-factories';
import { createAssignment, createReviewWorld, fullScores, type ReviewWorld } from '../../test/review-factories';

/** Blind review: the organisation, its people and identifying answers never reach a reviewer. */
describe('Blind review', () => {
  let ctx: TestContext;
  let world: ReviewWorld;
  const identifying = ['Ūdensroze', 'Ilze Bērziņa', 'Īpašniece', 'statuti', 'plāns.pdf'];

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createReviewWorld(ctx, { reviewerCount: 2, applicationCount: 1, blindReview: true });
  }, 120_000);

  afterAll(() => ctx.close());

  const expectClean = (label: string, body: unknown) => {
    const text = JSON.stringify(body);
    for (const word of identifying) expect([label, word, text.includes(word)]).toEqual([label, word, false]);
  };

  it('hides identifying fields in every response the reviewer can reach', async () => {
    const app = world.applications[0]!;
    // The project title names the organisation here, so the coordinator marks it identifying too.
    await ctx.prisma.call.update({ where: { id: world.call.id }, data: { identifyingQuestionIds: ['contact_person', 'title'] } });
    const assignment = await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: app.application.id, reviewerId: world.reviewers[0]!.id });
    const client = world.clients.reviewers[0]!;
    const base = `/api/reviews/assignments/${assignment.id}`;

    expectClean('list', (await client.get('/api/reviews/assignments')).body);
    expectClean('pending', (await client.get(base)).body);
    const declared = await client.post(`${base}/declaration`, { conflict: false });
    expectClean('declaration', declared.body);
    const view = declared.body.assignment;
    expect(view.application.organisation).toBeNull();
    expect(view.application.answers.contact_person).toBeUndefined();
    expect(view.application.answers.title).toBeUndefined();
    expect(view.application.answers.budget).toHaveLength(1);
    expect(view.application.redactedQuestionIds).toEqual(['contact_person', 'statutes', 'title']);
    expect(view.call.blindReview).toBe(true);

    const saved = await client.patch(`${base}/draft`, { version: view.version, comment: 'Labi', scores: fullScores(world) });
    expectClean('draft', saved.body);
    const submitted = await client.post(`${base}/submit`, { version: saved.body.version });
    expect(submitted.status).toBe(200);
    expectClean('submit', submitted.body);

    // Attachments stay visible (unless hidden), under a neutral file name.
    const [file] = view.application.attachments;
    expect(file.fileName).toMatch(/^attachment-[0-9a-f]{8}\.pdf$/);
    const content = await downloadBytes(ctx.app, client, `${base}/attachments/${file.id}`);
    expect(content.status).toBe(200);
    expectClean('attachment headers', content.headers);
  });

  it('without blind review the reviewer sees the organisation, but still not hidden files', async () => {
    await ctx.prisma.call.update({ where: { id: world.call.id }, data: { blindReview: false } });
    const assignment = await ctx.prisma.reviewAssignment.findFirstOrThrow({ where: { reviewerId: world.reviewers[0]!.id } });
    const view = (await world.clients.reviewers[0]!.get(`/api/reviews/assignments/${assignment.id}`)).body;
    expect(view.application.organisation.legalName).toBe('Biedrība „Ūdensroze 1”');
    expect(view.application.answers.contact_person).toBe('Ilze Bērziņa');
    expect(view.application.redactedQuestionIds).toEqual(['statutes']);
    expect(view.application.attachments.map((file: { fileName: string }) => file.fileName)).toEqual(['Biedrība „Ūdensroze 1” plāns.pdf']);
  });

  it("never shows a reviewer another reviewer's scores or identity", async () => {
    const app = world.applications[0]!;
    const other = await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: app.application.id, reviewerId: world.reviewers[1]!.id, status: 'in_progress' });
    const view = await world.clients.reviewers[1]!.get(`/api/reviews/assignments/${other.id}`);
    expect(view.status).toBe(200);
    expect(view.body.scores).toEqual([]);
    expect(JSON.stringify(view.body)).not.toContain(world.reviewers[0]!.displayName);
    expect(JSON.stringify(view.body)).not.toContain('Pamatots vērtējums');
  });
});
