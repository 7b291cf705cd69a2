import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import {
  completeAnswers,
  createApplicationWorld,
  createCallWithApplicationForm,
  pinClock,
  saveAnswers,
  startApplication,
  submittedApplication,
  type ApplicationWorld,
} from '../../test/application-factories';

describe('Applications: submission and withdrawal', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let unpin: (() => void) | undefined;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
  });

  afterEach(() => {
    unpin?.();
    unpin = undefined;
  });

  afterAll(() => ctx.close());

  const receiptRows = (applicationId: string) =>
    ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `application-receipt:${applicationId}:` } } });

  it('submits: reference number, revision 1 with the shown answers only, frozen, receipt queued, audited', async () => {
    const started = await startApplication(world, world.clients.member);
    // A hidden follow-up answer is not part of the submission.
    await saveAnswers(world.clients.member, started, completeAnswers({ school_partner_name: 'Preiļu 1. pamatskola' }));
    // Plain members fill it in; owners submit (the workflow table).
    const byMember = await world.clients.member.post(`/api/applications/${started.id}/submit`);
    expect(byMember.status).toBe(403);
    const response = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
    expect(response.status).toBe(200);
    const year = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', year: 'numeric' }).format(new Date()));
    expect(response.body).toMatchObject({
      status: 'submitted',
      referenceNumber: `${world.call.code}-${year}-001`,
      revisionCount: 1,
      editableQuestionIds: [],
      allowedActions: ['withdraw'],
    });
    const [revision] = await ctx.prisma.applicationRevision.findMany({ where: { applicationId: started.id } });
    expect(revision).toMatchObject({ number: 1, formVersion: 1, submittedById: world.users.owner.id });
    expect(revision!.answers).not.toHaveProperty('school_partner_name');
    expect(revision!.answers).toMatchObject({ project_title: 'Kopienas dārzs' });

    const receipts = await receiptRows(started.id);
    expect(receipts.map((row) => (row.payload as { to: string }).to)).toEqual([world.users.owner.email]);
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: started.id, action: 'application.submitted' } });
    expect(audit).toHaveLength(1);
  });

  it('refuses an incomplete application or a budget outside the call limits (400 with field errors)', async () => {
    const started = await startApplication(world);
    const empty = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'project_title', message: 'answer.required' })]));
    await saveAnswers(
      world.clients.owner,
      started,
      completeAnswers({
        budget: [{ category: 'materials', description: 'Viss', quantity: 1, unitCostCents: 1_000_000, ownContributionCents: 100_000 }],
      }),
    );
    const tooMuch = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.errors).toEqual([expect.objectContaining({ path: 'budget', message: 'budget.requested.aboveMax' })]);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: started.id } })).status).toBe('draft');
  });

  it("runs the form's cross-field rule and whole-number rule on the server: an end before the start is refused, stating why", async () => {
    const started = await startApplication(world);
    const saved = await saveAnswers(world.clients.owner, started, completeAnswers({ start_date: '2027-05-01', end_date: '2027-04-30' }));
    expect(saved.status).toBe(200);
    const refused = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ path: 'end_date', message: 'answer.compare.after|{"other":{"lv":"Projekta sākums","en":"Project start"}}' }),
    ]);
    const fraction = await saveAnswers(world.clients.owner, saved.body, { participants: 2.5 });
    expect(fraction.status).toBe(400);
    const zero = await saveAnswers(world.clients.owner, saved.body, { participants: 0, end_date: '2027-05-02' });
    expect(zero.status).toBe(200);
    const tooFew = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
    expect(tooFew.body.errors).toEqual([expect.objectContaining({ path: 'participants', message: 'answer.number.tooSmall|{"min":1}' })]);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: started.id } })).status).toBe('draft');
  });

  it("checks eligibility again at submission: an organisation that moved out of the call's municipalities is refused", async () => {
    const started = await startApplication(world);
    await saveAnswers(world.clients.owner, started, completeAnswers());
    await ctx.prisma.organisation.update({ where: { id: world.organisation.id }, data: { municipalityCode: 'balvi' } });
    try {
      const refused = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { path: 'organisationId', code: 'ineligible', message: 'application.ineligible.municipality' },
      ]);
      expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: started.id } })).status).toBe('draft');
    } finally {
      await ctx.prisma.organisation.update({ where: { id: world.organisation.id }, data: { municipalityCode: 'preili' } });
    }
    expect((await world.clients.owner.post(`/api/applications/${started.id}/submit`)).status).toBe(200);
  });

  it('accepts a submission 1 second before the close instant and refuses one 1 second after', async () => {
    const closesAt = new Date(Date.now() + 7 * 86_400_000);
    const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { closesAt });
    const early = await startApplication(world, world.clients.owner, call.id);
    const late = await startApplication(world, world.clients.owner, call.id);
    await saveAnswers(world.clients.owner, early, completeAnswers());
    await saveAnswers(world.clients.owner, late, completeAnswers());

    unpin = pinClock(ctx, new Date(closesAt.getTime() - 1000));
    const before = await world.clients.owner.post(`/api/applications/${early.id}/submit`);
    expect(before.status).toBe(200);
    expect(before.body.status).toBe('submitted');
    unpin();

    unpin = pinClock(ctx, new Date(closesAt.getTime() + 1000));
    const after = await world.clients.owner.post(`/api/applications/${late.id}/submit`);
    expect(after.status).toBe(409);
    expect(after.body.type).toBe(PROBLEM_TYPES.invalidTransition);
    const lateView = await world.clients.owner.get(`/api/applications/${late.id}`);
    // After the deadline a draft can no longer be edited or submitted, only withdrawn or deleted.
    expect(lateView.body).toMatchObject({ status: 'draft', editableQuestionIds: [], allowedActions: ['withdraw', 'delete'] });
    expect((await saveAnswers(world.clients.owner, late, { project_title: 'Late edit' })).status).toBe(409);
    // Exactly at the close instant it is closed.
    unpin();
    unpin = pinClock(ctx, closesAt);
    expect((await world.clients.owner.post(`/api/applications/${late.id}/submit`)).status).toBe(409);
  });

  it('turns repeated and concurrent submit requests into one submission', async () => {
    const started = await startApplication(world);
    await saveAnswers(world.clients.owner, started, completeAnswers());
    const responses = await Promise.all([
      world.clients.owner.post(`/api/applications/${started.id}/submit`),
      world.clients.owner.post(`/api/applications/${started.id}/submit`),
      world.clients.owner.post(`/api/applications/${started.id}/submit`),
      world.clients.member.post(`/api/applications/${started.id}/submit`),
    ]);
    // The plain member is refused whether they come first or last.
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 403]);
    responses.pop();
    const references = new Set(responses.map((response) => response.body.referenceNumber));
    expect(references.size).toBe(1);
    const retry = await world.clients.owner.post(`/api/applications/${started.id}/submit`);
    expect(retry.status).toBe(200);
    expect(retry.body.referenceNumber).toBe([...references][0]);

    expect(await ctx.prisma.applicationRevision.count({ where: { applicationId: started.id } })).toBe(1);
    const receipts = await receiptRows(started.id);
    const recipients = receipts.map((row) => (row.payload as { to: string }).to);
    expect(new Set(recipients).size).toBe(recipients.length);
    expect(receipts.every((row) => row.dedupeKey.includes(`:${started.id}:1:`))).toBe(true);
    expect(await ctx.prisma.auditLog.count({ where: { entityId: started.id, action: 'application.submitted' } })).toBe(1);
  });

  it('submits many applications to one call at once: each once, numbered without gaps or repeats, one receipt each', async () => {
    const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { code: 'PAR' });
    const drafts = [];
    for (let i = 0; i < 12; i += 1) {
      const started = await startApplication(world, world.clients.owner, call.id);
      await saveAnswers(world.clients.owner, started, completeAnswers());
      drafts.push(started);
    }
    // Twice each, all at once: the deadline surge in small (a double click per applicant).
    const responses = await Promise.all(
      [...drafts, ...drafts].map((draft) => world.clients.owner.post(`/api/applications/${draft.id}/submit`)),
    );
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
    const byApplication = new Map<string, Set<string>>();
    for (const response of responses) {
      const seen = byApplication.get(response.body.id) ?? new Set<string>();
      byApplication.set(response.body.id, seen.add(response.body.referenceNumber));
    }
    expect([...byApplication.values()].every((references) => references.size === 1)).toBe(true);
    const year = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', year: 'numeric' }).format(new Date()));
    const stored = await ctx.prisma.application.findMany({ where: { callId: call.id }, select: { id: true, referenceNumber: true, status: true } });
    expect(stored.map((row) => row.status)).toEqual(stored.map(() => 'submitted'));
    expect(stored.map((row) => row.referenceNumber).sort()).toEqual(
      drafts.map((_draft, i) => `PAR-${year}-${String(i + 1).padStart(3, '0')}`),
    );
    for (const row of stored) expect(byApplication.get(row.id)).toEqual(new Set([row.referenceNumber]));
    const ids = drafts.map((draft) => draft.id);
    expect(await ctx.prisma.applicationRevision.count({ where: { applicationId: { in: ids } } })).toBe(12);
    expect(await ctx.prisma.auditLog.count({ where: { entityId: { in: ids }, action: 'application.submitted' } })).toBe(12);
    for (const draft of drafts) {
      const recipients = (await receiptRows(draft.id)).map((row) => (row.payload as { to: string }).to);
      expect(recipients).toContain(world.users.owner.email);
      expect(new Set(recipients).size).toBe(recipients.length);
    }
  });

  it('numbers references per call code and year, in sequence, at least three digits', async () => {
    const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id, {
      code: 'SEQ',
      closesAt: new Date('2027-06-01T00:00:00Z'),
    });
    await ctx.prisma.referenceCounter.create({ data: { code: 'SEQ', year: 2027, last: 999 } });
    const numbers: string[] = [];
    for (const at of ['2026-12-31T21:59:59Z', '2026-12-31T22:00:00Z', '2027-03-01T10:00:00Z']) {
      const started = await startApplication(world, world.clients.owner, call.id);
      await saveAnswers(world.clients.owner, started, completeAnswers());
      unpin = pinClock(ctx, at);
      // Sessions expire by the same clock: sign in at the pinned instant.
      const owner = await ctx.client().signInAs(world.users.owner.id);
      const response = await owner.post(`/api/applications/${started.id}/submit`);
      unpin();
      unpin = undefined;
      expect(response.status).toBe(200);
      numbers.push(response.body.referenceNumber);
    }
    // 22:00 UTC on 31 December is already 1 January in Riga.
    expect(numbers).toEqual(['SEQ-2026-001', 'SEQ-2027-1000', 'SEQ-2027-1001']);
  });

  it('withdraws a draft or a submitted application with a reason, audited; not twice', async () => {
    const draft = await startApplication(world);
    expect((await world.clients.member.post(`/api/applications/${draft.id}/withdraw`, { reason: 'Changed plans' })).status).toBe(403);
    const withdrawn = await world.clients.owner.post(`/api/applications/${draft.id}/withdraw`, { reason: 'Changed plans' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Changed plans', allowedActions: [], editableQuestionIds: [] });
    expect(withdrawn.body.withdrawnAt).toEqual(expect.any(String));
    const again = await world.clients.owner.post(`/api/applications/${draft.id}/withdraw`, { reason: 'Again' });
    expect(again.status).toBe(409);
    expect((await world.clients.owner.post(`/api/applications/${draft.id}/submit`)).status).toBe(409);

    const submitted = await submittedApplication(world);
    const empty = await world.clients.owner.post(`/api/applications/${submitted.id}/withdraw`, { reason: '  ' });
    expect(empty.status).toBe(400);
    const ok = await world.clients.owner.post(`/api/applications/${submitted.id}/withdraw`, { reason: 'No longer needed' });
    expect(ok.body.status).toBe('withdrawn');
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: submitted.id, action: 'application.withdrawn' } });
    expect(audit).toMatchObject({ actorId: world.users.owner.id, before: { status: 'submitted' }, after: { status: 'withdrawn', withdrawalReason: 'No longer needed' } });
  });
});
