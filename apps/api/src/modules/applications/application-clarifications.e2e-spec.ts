import { formatRigaDateTime, PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import {
  createApplicationWorld,
  pinClock,
  promoteMemberToOwner,
  saveAnswers,
  startApplication,
  submittedApplication,
  type ApplicationWorld,
} from '../../test/application-factories';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('Applications: clarification, revisions and history', () => {
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

  const ask = (id: string, body: Record<string, unknown>, client = world.clients.coordinator) =>
    client.post(`/api/applications/${id}/clarifications`, body);

  it('reopens only the named questions until the due date, e-mails owners and the submitter', async () => {
    const application = await submittedApplication(world);
    const dueAt = inDays(5);
    const response = await ask(application.id, { questionIds: ['summary', 'budget'], message: 'Lūdzu, precizējiet budžetu.', dueAt });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'clarification_requested',
      openClarification: { questionIds: ['summary', 'budget'], message: 'Lūdzu, precizējiet budžetu.', dueAt: new Date(dueAt).toISOString() },
    });

    const asOwner = await world.clients.owner.get(`/api/applications/${application.id}`);
    expect(asOwner.body.editableQuestionIds).toEqual(['summary', 'budget']);
    expect(asOwner.body.allowedActions).toEqual(['edit', 'submit', 'withdraw']);
    const frozen = await saveAnswers(world.clients.owner, asOwner.body, { project_title: 'Changed', summary: 'Better summary' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.errors).toEqual([expect.objectContaining({ path: 'project_title', message: 'answer.notEditable' })]);
    const allowed = await saveAnswers(world.clients.owner, asOwner.body, { summary: 'Better summary' });
    expect(allowed.status).toBe(200);

    const mails = await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'clarification-requested:' } } });
    const payloads = mails.map((row) => row.payload as { to: string; locale: string; template: string; params: Record<string, string> });
    expect(payloads.map((payload) => payload.to)).toEqual([world.users.owner.email]);
    expect(payloads[0]).toMatchObject({
      template: 'clarification-requested',
      locale: 'lv',
      params: { referenceNumber: application.referenceNumber, link: `http://kopa.test/applications/${application.id}` },
    });
    expect(payloads[0]!.params.dueAt).toBe(formatRigaDateTime(dueAt, 'lv'));

    const mine = await world.clients.member.get('/api/applications/mine');
    expect(mine.body.items.find((item: { id: string }) => item.id === application.id)).toMatchObject({
      needsAction: true,
      actionDueAt: new Date(dueAt).toISOString(),
      // The list carries the same allowed actions as the application itself (the web reads them).
      allowedActions: ['edit'],
    });
    const owners = await world.clients.owner.get('/api/applications/mine');
    expect(owners.body.items.find((item: { id: string }) => item.id === application.id).allowedActions).toEqual(
      (await world.clients.owner.get(`/api/applications/${application.id}`)).body.allowedActions,
    );
  });

  it('records the resubmission as revision 2 and compares any two revisions', async () => {
    const application = await submittedApplication(world);
    await ask(application.id, { questionIds: ['summary'], message: 'Precizējiet kopsavilkumu.', dueAt: inDays(3) });
    const current = (await world.clients.member.get(`/api/applications/${application.id}`)).body;
    // A plain member edits the reopened answer; only owners submit (the workflow table).
    expect(current.allowedActions).toEqual(['edit']);
    await saveAnswers(world.clients.member, current, { summary: 'Precizēts kopsavilkums.' });
    expect((await world.clients.member.post(`/api/applications/${application.id}/submit`)).status).toBe(403);
    await promoteMemberToOwner(ctx, world);
    const resubmitted = await world.clients.member.post(`/api/applications/${application.id}/submit`);
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({
      status: 'submitted',
      referenceNumber: application.referenceNumber,
      revisionCount: 2,
      openClarification: null,
      editableQuestionIds: [],
    });
    expect(await ctx.prisma.clarificationRequest.count({ where: { applicationId: application.id, resolvedAt: null } })).toBe(0);
    const receiptKeys = (await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `application-receipt:${application.id}:2:` } } })).length;
    expect(receiptKeys).toBeGreaterThan(0);

    const revisions = await world.clients.coordinator.get(`/api/applications/${application.id}/revisions`);
    expect(revisions.body.items.map((item: { number: number }) => item.number)).toEqual([1, 2]);
    expect(revisions.body.items[1].submittedByName).toBe('Member Person');

    const compare = await world.clients.owner.get(`/api/applications/${application.id}/revisions/compare?from=1&to=2`);
    expect(compare.status).toBe(200);
    const changed = compare.body.items.filter((item: { changed: boolean }) => item.changed);
    expect(changed).toEqual([
      {
        questionId: 'summary',
        label: { lv: 'Projekta kopsavilkums', en: 'Project summary' },
        before: 'Iekārtosim kopienas dārzu skolas pagalmā.',
        after: 'Precizēts kopsavilkums.',
        changed: true,
      },
    ]);
    expect(compare.body.items.find((item: { questionId: string }) => item.questionId === 'project_title')).toMatchObject({ changed: false });
    expect((await world.clients.owner.get(`/api/applications/${application.id}/revisions/compare?from=1&to=9`)).status).toBe(404);

    // The member (English) submitted last, so a further clarification reaches them too, in English.
    const dueAt = inDays(4);
    await ask(application.id, { questionIds: ['budget'], message: 'Vēl viens jautājums.', dueAt });
    const second = await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'clarification-requested:' }, payload: { path: ['params', 'message'], equals: 'Vēl viens jautājums.' } } });
    const byRecipient = Object.fromEntries(second.map((row) => [(row.payload as { to: string }).to, row.payload as { locale: string; params: { dueAt: string } }]));
    expect(Object.keys(byRecipient).sort()).toEqual([world.users.member.email, world.users.owner.email].sort());
    expect(byRecipient[world.users.member.email]).toMatchObject({ locale: 'en', params: { dueAt: formatRigaDateTime(dueAt, 'en') } });

    const history = await world.clients.coordinator.get(`/api/applications/${application.id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((item: { action: string }) => item.action)).toEqual([
      'application.created',
      'application.answers-updated',
      'application.submitted',
      'application.clarification_requested',
      'application.answers-updated',
      'application.resubmitted',
      'application.clarification_requested',
    ]);
    expect(history.body.items[3]).toMatchObject({ actorName: 'Koordinatore', before: { status: 'submitted' }, after: { status: 'clarification_requested' } });
  });

  it('closes the reopened questions at the due date', async () => {
    const application = await submittedApplication(world);
    const dueAt = inDays(2);
    await ask(application.id, { questionIds: ['summary'], message: 'Lūdzu.', dueAt });
    unpin = pinClock(ctx, new Date(new Date(dueAt).getTime() + 1000));
    const view = (await world.clients.owner.get(`/api/applications/${application.id}`)).body;
    expect(view).toMatchObject({ editableQuestionIds: [], allowedActions: ['withdraw'] });
    expect((await saveAnswers(world.clients.owner, view, { summary: 'Late' })).status).toBe(409);
    expect((await world.clients.owner.post(`/api/applications/${application.id}/submit`)).status).toBe(409);
  });

  it('checks the request: submitted only, known questions, a future due date, staff of this programme', async () => {
    const draft = await startApplication(world);
    const onDraft = await ask(draft.id, { questionIds: ['summary'], message: 'x', dueAt: inDays(2) });
    expect(onDraft.status).toBe(409);
    expect(onDraft.body.type).toBe(PROBLEM_TYPES.invalidTransition);

    const application = await submittedApplication(world);
    const bad = await ask(application.id, { questionIds: ['summary', 'nope'], message: 'x', dueAt: inDays(-1) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { path: string; message: string }) => [error.path, error.message])).toEqual([
      ['questionIds.1', 'answer.question.unknown'],
      ['dueAt', 'application.clarification.dueInPast'],
    ]);
    expect((await ask(application.id, { questionIds: ['summary'], message: 'x', dueAt: inDays(2) }, world.clients.otherCoordinator)).status).toBe(404);
    expect((await ask(application.id, { questionIds: ['summary'], message: 'x', dueAt: inDays(2) }, world.clients.admin)).status).toBe(403);
    expect((await world.clients.owner.get(`/api/applications/${application.id}`)).body.status).toBe('submitted');
  });
});
