import { startTestApp, type TestContext } from '../../test/test-app';
import { downloadBytes } from '../../test/attachment-factories';
import { createAssignment, createReviewWorld, fullScores, type ReviewWorld } from '../../test/review-factories';

describe("Reviewer work: declaration, drafts, submission", () => {
  let ctx: TestContext;
  let world: ReviewWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createReviewWorld(ctx, { reviewerCount: 3, applicationCount: 3 });
  }, 120_000);

  afterAll(() => ctx.close());

  const [first, second, third] = [0, 1, 2];

  it('lists only my own assignments, paged, with due date and progress', async () => {
    const [a, b] = world.applications;
    await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: a!.application.id, reviewerId: world.reviewers[first]!.id });
    await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: b!.application.id, reviewerId: world.reviewers[first]!.id });
    await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: a!.application.id, reviewerId: world.reviewers[second]!.id });

    const page = await world.clients.reviewers[first]!.get('/api/reviews/assignments?page=1&pageSize=1');
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(2);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0]).toMatchObject({ status: 'pending', criteria: 2, scored: 0, reviewDueAt: '2027-03-01T10:00:00.000Z', call: { code: 'RV' } });

    const none = await world.clients.reviewers[third]!.get('/api/reviews/assignments');
    expect(none.body).toMatchObject({ total: 0, items: [] });
    expect((await world.clients.reviewers[first]!.get('/api/reviews/assignments?pageSize=1000')).status).toBe(400);
  });

  it('keeps the application closed until the reviewer declares no conflict of interest', async () => {
    const [mine] = (await world.clients.reviewers[first]!.get('/api/reviews/assignments')).body.items;
    const pending = await world.clients.reviewers[first]!.get(`/api/reviews/assignments/${mine.id}`);
    expect(pending.status).toBe(200);
    expect(pending.body.application).toBeNull();
    expect(pending.body.criteria.map((c: { name: { en: string } }) => c.name.en)).toEqual(['Relevance', 'Feasibility']);
    expect(JSON.stringify(pending.body)).not.toContain('Ūdensroze');

    const attachmentId = world.applications[0]!.documents.id;
    const early = await downloadBytes(ctx.app, world.clients.reviewers[first]!, `/api/reviews/assignments/${mine.id}/attachments/${attachmentId}`);
    expect(early.status).toBe(404);
    const draft = await world.clients.reviewers[first]!.patch(`/api/reviews/assignments/${mine.id}/draft`, { version: pending.body.version, comment: '', scores: [] });
    expect(draft.status).toBe(409);

    const declared = await world.clients.reviewers[first]!.post(`/api/reviews/assignments/${mine.id}/declaration`, { conflict: false });
    expect(declared.status).toBe(200);
    expect(declared.body.assignment.status).toBe('in_progress');
    expect(declared.body.assignment.application.answers.title).toContain('Ūdensroze');
    // Declaring twice is refused.
    expect((await world.clients.reviewers[first]!.post(`/api/reviews/assignments/${mine.id}/declaration`, { conflict: true, note: 'x' })).status).toBe(409);
  });

  it('serves PDFs and images inline, never the files of hidden questions', async () => {
    const [mine] = (await world.clients.reviewers[first]!.get('/api/reviews/assignments')).body.items.filter((item: { status: string }) => item.status === 'in_progress');
    const view = (await world.clients.reviewers[first]!.get(`/api/reviews/assignments/${mine.id}`)).body;
    const app = world.applications.find((candidate) => candidate.application.referenceNumber === view.referenceNumber)!;
    expect(view.application.attachments.map((file: { id: string }) => file.id)).toEqual([app.documents.id]);
    expect(view.application.answers.statutes).toBeUndefined();
    expect(view.application.redactedQuestionIds).toEqual(['statutes']);

    const pdf = await downloadBytes(ctx.app, world.clients.reviewers[first]!, `/api/reviews/assignments/${mine.id}/attachments/${app.documents.id}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toMatch(/^inline;/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const hidden = await downloadBytes(ctx.app, world.clients.reviewers[first]!, `/api/reviews/assignments/${mine.id}/attachments/${app.statutes.id}`);
    expect(hidden.status).toBe(404);
    const otherApplications = world.applications.filter((candidate) => candidate !== app);
    const foreign = await downloadBytes(ctx.app, world.clients.reviewers[first]!, `/api/reviews/assignments/${mine.id}/attachments/${otherApplications[0]!.documents.id}`);
    expect(foreign.status).toBe(404);
  });

  it('autosaves drafts with the version, refusing a stale one (409) and scores above the maximum (400)', async () => {
    const [mine] = (await world.clients.reviewers[first]!.get('/api/reviews/assignments')).body.items.filter((item: { status: string }) => item.status === 'in_progress');
    const url = `/api/reviews/assignments/${mine.id}/draft`;
    const view = (await world.clients.reviewers[first]!.get(`/api/reviews/assignments/${mine.id}`)).body;
    const [relevance] = world.criteria;

    const saved = await world.clients.reviewers[first]!.patch(url, { version: view.version, comment: 'Labs projekts', scores: [{ criterionId: relevance!.id, score: 7, comment: 'Skaidri mērķi' }] });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(view.version + 1);
    expect(saved.body.scores).toEqual([{ criterionId: relevance!.id, score: 7, comment: 'Skaidri mērķi' }]);

    const stale = await world.clients.reviewers[first]!.patch(url, { version: view.version, comment: 'Vecā cilne', scores: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('/problems/stale-version');

    const tooHigh = await world.clients.reviewers[first]!.patch(url, { version: saved.body.version, comment: '', scores: [{ criterionId: relevance!.id, score: 11, comment: '' }] });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.errors[0].path).toBe('scores.0.score');

    const longComment = await world.clients.reviewers[first]!.patch(url, { version: saved.body.version, comment: 'x'.repeat(5001), scores: [] });
    expect(longComment.status).toBe(400);

    const stored = await ctx.prisma.reviewAssignment.findUniqueOrThrow({ where: { id: mine.id }, include: { scores: true } });
    expect(stored.comment).toBe('Labs projekts');
    expect(stored.scores.map((score) => score.score)).toEqual([7]);
  });

  it('submits only with every criterion scored (errors by field), then is read-only', async () => {
    const [mine] = (await world.clients.reviewers[first]!.get('/api/reviews/assignments')).body.items.filter((item: { status: string }) => item.status === 'in_progress');
    const base = `/api/reviews/assignments/${mine.id}`;
    let view = (await world.clients.reviewers[first]!.get(base)).body;
    const missing = await world.clients.reviewers[first]!.post(`${base}/submit`, { version: view.version });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ path: `scores.${world.criteria[1]!.id}.score`, code: 'required', message: 'review.score.required' }]);

    view = (await world.clients.reviewers[first]!.patch(`${base}/draft`, { version: view.version, comment: 'Kopumā labs', scores: fullScores(world) })).body;
    const submitted = await world.clients.reviewers[first]!.post(`${base}/submit`, { version: view.version });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    const again = await world.clients.reviewers[first]!.patch(`${base}/draft`, { version: submitted.body.version, comment: 'labojums', scores: [] });
    expect(again.status).toBe(409);
    expect((await world.clients.reviewers[first]!.get(base)).body.comment).toBe('Kopumā labs');
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: mine.id, action: 'review.submitted' } });
    expect(audit).toHaveLength(1);
  });

  it('a declared conflict records it, hides the application from then on and brings in a replacement', async () => {
    const target = world.applications[2]!;
    const assignment = await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: target.application.id, reviewerId: world.reviewers[second]!.id });
    await ctx.prisma.application.update({ where: { id: target.application.id }, data: { status: 'under_review' } });
    const client = world.clients.reviewers[second]!;
    const tooLong = await client.post(`/api/reviews/assignments/${assignment.id}/declaration`, { conflict: true, note: 'x'.repeat(1001) });
    expect(tooLong.status).toBe(400);
    const noNote = await client.post(`/api/reviews/assignments/${assignment.id}/declaration`, { conflict: true });
    expect(noNote.status).toBe(400);
    expect(noNote.body.errors[0].path).toBe('note');

    const declared = await client.post(`/api/reviews/assignments/${assignment.id}/declaration`, { conflict: true, note: 'Esmu biedrības valdē.' });
    expect(declared.status).toBe(200);
    expect(declared.body.assignment).toBeNull();

    expect((await client.get(`/api/reviews/assignments/${assignment.id}`)).status).toBe(404);
    const file = await downloadBytes(ctx.app, client, `/api/reviews/assignments/${assignment.id}/attachments/${target.documents.id}`);
    expect(file.status).toBe(404);
    expect((await client.get('/api/reviews/assignments')).body.items.map((item: { id: string }) => item.id)).not.toContain(assignment.id);

    const conflict = await ctx.prisma.reviewerConflict.findUniqueOrThrow({
      where: { reviewerId_organisationId: { reviewerId: world.reviewers[second]!.id, organisationId: target.organisation.id } },
    });
    expect(conflict.note).toBe('Esmu biedrības valdē.');
    const active = await ctx.prisma.reviewAssignment.findMany({ where: { applicationId: target.application.id, status: { in: ['pending', 'in_progress', 'submitted'] } } });
    expect(active.map((a) => a.reviewerId).sort()).toEqual([world.reviewers[first]!.id, world.reviewers[third]!.id].sort());
  });
});
