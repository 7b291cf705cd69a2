import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { createOrganisation } from '../../test/organisation-factories';
import {
  completeAnswers,
  createApplicationWorld,
  createCallWithApplicationForm,
  saveAnswers,
  startApplication,
  type ApplicationWorld,
} from '../../test/application-factories';

let organisationCounter = 0;

describe('Eligibility: checks, checklist, outcomes and who may take them', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let worker: RunningWorker;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  /** A submitted application of a fresh organisation (owner: Latvian, member: English). */
  async function submitted(callId = world.call.id) {
    const organisation = await createOrganisation(
      ctx.prisma,
      { owners: [world.users.owner.id], members: [world.users.member.id] },
      { legalName: `Biedrība „Kopiena ${organisationCounter++}”` },
    );
    const response = await world.clients.owner.post('/api/applications', { callId, organisationId: organisation.id });
    if (response.status !== 201) throw new Error(`start failed ${response.status} ${JSON.stringify(response.body)}`);
    const application = response.body;
    const saved = await saveAnswers(world.clients.owner, application, completeAnswers());
    if (saved.status !== 200) throw new Error(`save failed ${saved.status}`);
    const done = await world.clients.owner.post(`/api/applications/${application.id}/submit`);
    if (done.status !== 200) throw new Error(`submit failed ${done.status} ${JSON.stringify(done.body)}`);
    return { application: done.body as { id: string; referenceNumber: string }, organisation };
  }

  const coordinator = () => world.clients.coordinator;
  const decide = (id: string, action: 'mark-eligible' | 'mark-ineligible' | 'revert', body: object = {}, client = coordinator()) =>
    client.post(`/api/applications/${id}/eligibility/${action}`, body);

  it('stores each automatic check with a reason and shows the applicant\'s failures', async () => {
    const { application, organisation } = await submitted();
    const passing = await coordinator().get(`/api/applications/${application.id}/eligibility`);
    expect(passing.status).toBe(200);
    expect(passing.body).toMatchObject({ status: 'submitted', autoPassed: true, outcome: null, allowedActions: ['markEligible', 'markIneligible'] });
    expect(passing.body.autoResults.map((result: { check: string; passed: boolean }) => [result.check, result.passed])).toEqual([
      ['organisationType', true],
      ['municipality', true],
      ['requestedAmount', true],
      ['ownContribution', true],
      ['requiredAnswers', true],
      ['requiredAttachments', true],
    ]);

    // The organisation moves to a municipality outside the call and becomes a foundation.
    await ctx.prisma.organisation.update({ where: { id: organisation.id }, data: { type: 'foundation', municipalityCode: 'balvi' } });
    const failing = await coordinator().get(`/api/applications/${application.id}/eligibility`);
    expect(failing.body.autoPassed).toBe(false);
    const failed = failing.body.autoResults.filter((result: { passed: boolean }) => !result.passed);
    expect(failed).toEqual([
      { check: 'organisationType', passed: false, reason: { key: 'eligibility.reason.organisationType.fail', params: { type: 'foundation' } } },
      { check: 'municipality', passed: false, reason: { key: 'eligibility.reason.municipality.fail', params: { municipality: 'balvi' } } },
    ]);
    const stored = await ctx.prisma.eligibilityCheck.findUniqueOrThrow({ where: { applicationId: application.id } });
    expect(stored.autoPassed).toBe(false);
    expect((stored.autoResults as unknown[]).length).toBe(6);
  });

  it('lists a call\'s applications for eligibility, paged and filtered by status and pass/fail in SQL', async () => {
    const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id);
    const first = await submitted(call.id);
    const second = await submitted(call.id);
    const third = await submitted(call.id);
    await ctx.prisma.organisation.update({ where: { id: third.organisation.id }, data: { type: 'foundation' } });

    const all = await coordinator().get(`/api/calls/${call.id}/eligibility?pageSize=2`);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 3, page: 1, pageSize: 2, passing: { count: 2 } });
    expect(all.body.items).toHaveLength(2);
    expect(all.body.passing.applicationIds.sort()).toEqual([first.application.id, second.application.id].sort());
    const failing = await coordinator().get(`/api/calls/${call.id}/eligibility?checks=fail`);
    expect(failing.body.items.map((item: { applicationId: string }) => item.applicationId)).toEqual([third.application.id]);
    expect(failing.body.items[0]).toMatchObject({ autoPassed: false, failedChecks: ['organisationType'], outcome: null, status: 'submitted' });
    expect((await coordinator().get(`/api/calls/${call.id}/eligibility?checks=pass`)).body.total).toBe(2);

    await decide(first.application.id, 'mark-eligible');
    expect((await coordinator().get(`/api/calls/${call.id}/eligibility?status=eligible`)).body.items).toEqual([
      expect.objectContaining({ applicationId: first.application.id, outcome: 'eligible', status: 'eligible' }),
    ]);
    expect((await coordinator().get(`/api/calls/${call.id}/eligibility?pageSize=1000`)).status).toBe(400);
    expect((await coordinator().get(`/api/calls/${call.id}/eligibility?status=draft`)).status).toBe(400);
    expect((await world.clients.otherCoordinator.get(`/api/calls/${call.id}/eligibility`)).status).toBe(404);
    expect((await world.clients.owner.get(`/api/calls/${call.id}/eligibility`)).status).toBe(403);
  });

  it('keeps a bounded per-call checklist under optimistic concurrency, ticked per application', async () => {
    const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id);
    const { application } = await submitted(call.id);
    const items = [
      { id: 'statutes', lv: 'Statūti atbilst konkursa mērķim', en: 'Statutes match the purpose of the call' },
      { id: 'no_debts', lv: 'Nav nodokļu parādu', en: 'No tax debts' },
    ];
    const saved = await coordinator().put(`/api/calls/${call.id}/eligibility-checklist`, { version: call.version, items });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ callId: call.id, version: call.version + 1, items });
    const stale = await coordinator().put(`/api/calls/${call.id}/eligibility-checklist`, { version: call.version, items: [] });
    expect(stale.status).toBe(409);
    const tooMany = Array.from({ length: 31 }, (_, index) => ({ id: `item_${index}`, lv: 'Punkts', en: 'Item' }));
    expect((await coordinator().put(`/api/calls/${call.id}/eligibility-checklist`, { version: call.version + 1, items: tooMany })).status).toBe(400);
    const tooLong = [{ id: 'long', lv: 'a'.repeat(301), en: 'b' }];
    expect((await coordinator().put(`/api/calls/${call.id}/eligibility-checklist`, { version: call.version + 1, items: tooLong })).status).toBe(400);
    expect((await world.clients.otherCoordinator.put(`/api/calls/${call.id}/eligibility-checklist`, { version: call.version + 1, items })).status).toBe(404);
    expect(await ctx.prisma.auditLog.count({ where: { entityId: call.id, action: 'call.eligibility-checklist-updated' } })).toBe(1);

    const before = (await coordinator().get(`/api/applications/${application.id}/eligibility`)).body;
    expect(before.checklist).toEqual(items.map((item) => ({ ...item, ticked: false })));
    const ticked = await coordinator().put(`/api/applications/${application.id}/eligibility/checklist`, { version: before.version, ticks: { statutes: true } });
    expect(ticked.status).toBe(200);
    expect(ticked.body.checklist.map((item: { ticked: boolean }) => item.ticked)).toEqual([true, false]);
    expect((await coordinator().put(`/api/applications/${application.id}/eligibility/checklist`, { version: before.version, ticks: { no_debts: true } })).status).toBe(409);
    const unknown = await coordinator().put(`/api/applications/${application.id}/eligibility/checklist`, { version: ticked.body.version, ticks: { invented: true } });
    expect(unknown.status).toBe(400);
    const list = await coordinator().get(`/api/calls/${call.id}/eligibility`);
    expect(list.body.items[0].checklistTicked).toBe(1);
    expect(list.body.call.checklist).toEqual(items);
  });

  it('marks ineligible with a reason, tells every member by e-mail and in the inbox in their language, and reverts', async () => {
    const { application } = await submitted();
    const noReason = await decide(application.id, 'mark-ineligible', {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ path: 'reason', message: 'eligibility.outcome.reasonRequired' })]);
    expect((await decide(application.id, 'mark-ineligible', { reason: 'x'.repeat(2001) })).status).toBe(400);

    const reason = 'Biedrības statūtos nav paredzēta kopienas attīstība.';
    const marked = await decide(application.id, 'mark-ineligible', { reason });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ status: 'ineligible', outcome: 'ineligible', reason, decidedByName: 'Koordinatore', allowedActions: ['revertEligibility'] });
    expect(await ctx.prisma.auditLog.findFirst({ where: { entityId: application.id, action: 'application.markIneligible' } })).toMatchObject({ actorId: world.users.coordinator.id });

    const ref = application.referenceNumber;
    const lv = await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject === `Pieteikums ${ref} nav atbilstošs`);
    expect(lv.text).toContain(reason);
    expect(lv.text).toContain(`http://kopa.test/applications/${application.id}`);
    const en = await ctx.mailbox.waitFor(world.users.member.email, (mail) => mail.subject === `Application ${ref} is not eligible`);
    expect(en.text).toContain(reason);
    const ownerInbox = await ctx.prisma.notification.findMany({ where: { userId: world.users.owner.id, subject: `Pieteikums ${ref} nav atbilstošs` } });
    expect(ownerInbox).toEqual([expect.objectContaining({ category: 'applications', link: `/applications/${application.id}` })]);
    expect(ownerInbox[0]!.body).toContain(reason);
    expect(await ctx.prisma.notification.count({ where: { userId: world.users.member.id, subject: `Application ${ref} is not eligible` } })).toBe(1);

    const seen = await world.clients.owner.get(`/api/applications/${application.id}/eligibility-outcome`);
    expect(seen.body).toMatchObject({ outcome: 'ineligible', reason });
    expect((await world.clients.outsider.get(`/api/applications/${application.id}/eligibility-outcome`)).status).toBe(404);

    const reverted = await decide(application.id, 'revert');
    expect(reverted.body).toMatchObject({ status: 'submitted', outcome: null, reason: null });
    expect((await world.clients.owner.get(`/api/applications/${application.id}/eligibility-outcome`)).body.outcome).toBeNull();
    const eligible = await decide(application.id, 'mark-eligible');
    expect(eligible.body).toMatchObject({ status: 'eligible', outcome: 'eligible' });
    await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject === `Pieteikums ${ref} ir atbilstošs`);
    await ctx.mailbox.waitFor(world.users.member.email, (mail) => mail.subject === `Application ${ref} is eligible`);
    expect((await world.clients.member.get(`/api/applications/${application.id}/eligibility-outcome`)).body.outcome).toBe('eligible');
  });

  it('asks for a reason to override failed checks when marking eligible', async () => {
    const { application, organisation } = await submitted();
    await ctx.prisma.organisation.update({ where: { id: organisation.id }, data: { municipalityCode: 'balvi' } });
    const refused = await decide(application.id, 'mark-eligible');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toBe('eligibility.outcome.overrideReasonRequired');
    const overridden = await decide(application.id, 'mark-eligible', { reason: 'Pašvaldība pievienojās programmai.' });
    expect(overridden.body).toMatchObject({ status: 'eligible', reason: 'Pašvaldība pievienojās programmai.' });
  });

  it('refuses the wrong role, a coordinator of another programme, the applicant and the wrong status', async () => {
    const { application } = await submitted();
    expect((await decide(application.id, 'mark-eligible', {}, world.clients.otherCoordinator)).status).toBe(404);
    expect((await world.clients.otherCoordinator.get(`/api/applications/${application.id}/eligibility`)).status).toBe(404);
    for (const client of [world.clients.owner, world.clients.member, world.clients.reviewer, world.clients.admin]) {
      expect((await decide(application.id, 'mark-eligible', {}, client)).status).toBe(403);
      expect((await client.get(`/api/applications/${application.id}/eligibility`)).status).toBe(403);
    }
    expect((await decide(application.id, 'mark-eligible', {}, world.clients.anonymous)).status).toBe(401);
    expect((await decide(application.id, 'revert')).status).toBe(409);

    const draft = await startApplication(world, world.clients.owner, (await createCallWithApplicationForm(ctx.prisma, world.programme.id)).id);
    expect((await decide(draft.id, 'mark-eligible')).status).toBe(409);
    expect((await decide('00000000-0000-4000-8000-000000000000', 'mark-eligible')).status).toBe(404);

    await decide(application.id, 'mark-eligible');
    const twice = await decide(application.id, 'mark-ineligible', { reason: 'Par vēlu.' });
    expect(twice.status).toBe(409);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe('eligible');
  });

  it('marks all passing applications eligible only when the set is the one the coordinator confirmed', async () => {
    const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id);
    const first = await submitted(call.id);
    const second = await submitted(call.id);
    const failing = await submitted(call.id);
    await ctx.prisma.organisation.update({ where: { id: failing.organisation.id }, data: { type: 'foundation' } });
    const seen = (await coordinator().get(`/api/calls/${call.id}/eligibility`)).body.passing;
    expect(seen.count).toBe(2);

    // Another passing application arrives after the coordinator looked.
    const late = await submitted(call.id);
    const refused = await coordinator().post(`/api/calls/${call.id}/eligibility/mark-passing-eligible`, { applicationIds: seen.applicationIds });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].message).toBe('eligibility.bulk.setChanged');
    expect(await ctx.prisma.application.count({ where: { callId: call.id, status: 'eligible' } })).toBe(0);

    expect((await world.clients.otherCoordinator.post(`/api/calls/${call.id}/eligibility/mark-passing-eligible`, { applicationIds: seen.applicationIds })).status).toBe(404);
    const now = (await coordinator().get(`/api/calls/${call.id}/eligibility`)).body.passing;
    const done = await coordinator().post(`/api/calls/${call.id}/eligibility/mark-passing-eligible`, { applicationIds: now.applicationIds });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ marked: 3 });
    const statuses = await ctx.prisma.application.findMany({ where: { callId: call.id }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [first.application.id]: 'eligible',
      [second.application.id]: 'eligible',
      [late.application.id]: 'eligible',
      [failing.application.id]: 'submitted',
    });
    expect(await ctx.prisma.auditLog.count({ where: { action: 'application.markEligible', entityId: { in: now.applicationIds } } })).toBe(3);
  });
});
