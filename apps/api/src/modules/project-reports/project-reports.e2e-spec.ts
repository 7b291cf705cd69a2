import { REPORT_TRANSITIONS, reportActionsFor } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { activateProject } from '../../test/project-factories';
import type { TestClient } from '../../test/test-client';
import { COMPLETE_INDICATORS, createReportWorld, sampleReportForm, type ReportWorld } from '../../test/report-factories';

describe('Project reports: schedule, drafting, review on named parts, versions, final approval', () => {
  let ctx: TestContext;
  let world: ReportWorld;
  let coordinator: TestClient;
  let member: TestClient;
  let projectId: string;
  let interimId: string;
  let finalId: string;

  const schedule = async () => (await coordinator.get(`/api/projects/${projectId}/reports`)).body;
  const report = async (id: string, client = member) => (await client.get(`/api/reports/${id}`)).body;
  const save = async (id: string, body: { answers?: object; indicators?: object }, client = member) => {
    const current = await report(id, client);
    return client.patch(`/api/reports/${id}`, { answers: {}, indicators: {}, ...body, baseFieldVersions: current.fieldVersions });
  };
  const move = async (id: string, body: object, client: TestClient) => {
    const current = await report(id, client);
    return client.post(`/api/reports/${id}/transitions`, { version: current.version, ...body });
  };

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createReportWorld(ctx);
    coordinator = world.clients.coordinator;
    member = world.clients.member;
    projectId = world.project.id;
  }, 120_000);
  afterAll(() => ctx.close());

  it('the workflow table: grantees submit, staff approve or request changes', () => {
    expect(reportActionsFor('draft', 'grantee')).toEqual(['submit']);
    expect(reportActionsFor('draft', 'staff')).toEqual([]);
    expect(reportActionsFor('submitted', 'staff')).toEqual(['requestChanges', 'approve']);
    expect(reportActionsFor('changes_requested', 'grantee')).toEqual(['submit']);
    expect(reportActionsFor('approved', 'grantee')).toEqual([]);
    expect(REPORT_TRANSITIONS.requestChanges.needsParts).toBe(true);
  });

  it('generates the schedule from the call when the project is created, dated once the project period is set', async () => {
    const created = await schedule();
    expect(created.reports.map((r: { kind: string; dueDate: string | null; status: string }) => [r.kind, r.dueDate, r.status])).toEqual([
      ['interim', null, 'draft'],
      ['final', null, 'draft'],
    ]);
    const dated = await coordinator.patch(`/api/projects/${projectId}`, { version: created.version, startDate: '2027-03-01', endDate: '2027-10-31' });
    expect(dated.status).toBe(200);
    const after = await schedule();
    expect(after.reports.map((r: { kind: string; number: number; dueDate: string }) => [r.kind, r.number, r.dueDate])).toEqual([
      ['interim', 1, '2027-04-30'],
      ['final', 1, '2027-11-30'],
    ]);
    [interimId, finalId] = after.reports.map((r: { id: string }) => r.id);
    const mine = await member.get('/api/projects/mine');
    expect(mine.body.items[0].nextReport).toEqual({ id: interimId, kind: 'interim', dueDate: '2027-04-30' });
    expect((await member.get(`/api/projects/${projectId}/reports`)).body.viewer).toBe('member');
  });

  it('lets the coordinator add, move and remove a report not yet submitted, with a reason, audited', async () => {
    let current = await schedule();
    expect((await coordinator.post(`/api/projects/${projectId}/reports`, { version: current.version, kind: 'interim', dueDate: '2027-07-15' })).status).toBe(400);
    const added = await coordinator.post(`/api/projects/${projectId}/reports`, { version: current.version, kind: 'interim', dueDate: '2027-07-15', reason: 'Vasaras nometne.' });
    expect(added.status).toBe(201);
    expect(added.body.reports.map((r: { dueDate: string }) => r.dueDate)).toEqual(['2027-04-30', '2027-07-15', '2027-11-30']);
    const extra = added.body.reports[1];
    expect((await coordinator.post(`/api/projects/${projectId}/reports`, { version: added.body.version, kind: 'final', dueDate: '2027-12-01', reason: 'x' })).status).toBe(409);
    const moved = await coordinator.patch(`/api/projects/${projectId}/reports/${extra.id}`, { version: added.body.version, dueDate: '2027-08-01', reason: 'Nometne pārcelta.' });
    expect([moved.status, moved.body.reports[1].dueDate]).toEqual([200, '2027-08-01']);
    expect((await coordinator.patch(`/api/projects/${projectId}/reports/${extra.id}`, { version: added.body.version, dueDate: '2027-08-02', reason: 'x' })).status).toBe(409);
    const finalRemoval = await coordinator.post(`/api/projects/${projectId}/reports/${finalId}/removal`, { version: moved.body.version, reason: 'x' });
    expect(finalRemoval.status).toBe(409);
    const removed = await coordinator.post(`/api/projects/${projectId}/reports/${extra.id}/removal`, { version: moved.body.version, reason: 'Nometne atcelta.' });
    expect([removed.status, removed.body.reports.length]).toEqual([200, 2]);
    current = await schedule();
    const actions = await ctx.prisma.auditLog.findMany({ where: { entityType: 'project', entityId: projectId, action: { startsWith: 'report.schedule' } }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((entry) => entry.action)).toEqual(['report.schedule.add', 'report.schedule.move', 'report.schedule.remove']);
    expect(actions[2]!.after).toEqual({ reason: 'Nometne atcelta.' });
    // A date moved by hand stays when the project period changes; scheduled ones follow it.
    const later = await coordinator.patch(`/api/projects/${projectId}`, { version: current.version, startDate: '2027-03-11', endDate: '2027-10-31' });
    expect(later.status).toBe(200);
    expect((await schedule()).reports.map((r: { dueDate: string }) => r.dueDate)).toEqual(['2027-05-10', '2027-11-30']);
  });

  it('autosaves answers and indicators field by field; a stale field is a conflict, never overwritten', async () => {
    const draft = await report(interimId);
    expect(draft).toMatchObject({ status: 'draft', kind: 'interim', viewer: 'member', allowedActions: ['submit'], editable: { indicators: true, expenses: true } });
    expect(draft.form.sections.map((section: { id: string }) => section.id)).toEqual(['results', 'lessons']);
    const first = await save(interimId, { answers: { summary: 'Iestādījām dārzu.' }, indicators: { eventsHeld: 2, 'participants.teachers': 4 } });
    expect(first.status).toBe(200);
    expect(first.body.conflicts).toEqual([]);
    expect(first.body.report.indicators).toMatchObject({ eventsHeld: 2, participants: { teachers: 4 } });

    // The owner saves the same answer from a page loaded before the member's save.
    const stale = await world.clients.owner.patch(`/api/reports/${interimId}`, { answers: { summary: 'Cits teksts.', venue: 'Preiļi' }, indicators: {}, baseFieldVersions: draft.fieldVersions });
    expect(stale.status).toBe(200);
    expect(stale.body.conflicts).toEqual([{ field: 'summary', yours: 'Cits teksts.', theirs: 'Iestādījām dārzu.', theirsFieldVersion: 1 }]);
    expect(stale.body.report.answers).toEqual({ summary: 'Iestādījām dārzu.', venue: 'Preiļi' });

    expect((await save(interimId, { indicators: { volunteers: -1 } })).status).toBe(400);
    expect((await save(interimId, { indicators: { highlight: 'x'.repeat(1001) } })).status).toBe(400);
    expect((await save(interimId, { answers: { nosuch: 'x' } })).status).toBe(400);
    expect((await member.patch(`/api/reports/${interimId}`, { indicators: { eventsHeld: 100_000_000 }, baseFieldVersions: {} })).status).toBe(400);
  });

  it('refuses an incomplete submission, keeps each submitted version and freezes the report', async () => {
    const incomplete = await move(interimId, { action: 'submit' }, member);
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors.map((error: { path: string }) => error.path)).toEqual(expect.arrayContaining(['learned', 'indicators.volunteers', 'indicators.highlight']));
    expect((await save(interimId, { answers: { learned: 'Vajag vairāk laistīšanas.' }, indicators: COMPLETE_INDICATORS })).status).toBe(200);
    expect((await move(interimId, { action: 'approve' }, member)).status).toBe(403);
    const submitted = await move(interimId, { action: 'submit' }, member);
    expect([submitted.status, submitted.body.status, submitted.body.versions.length]).toEqual([200, 'submitted', 1]);
    expect(submitted.body.editable).toEqual({ questions: [], indicators: false, expenses: false });
    const frozen = await save(interimId, { answers: { venue: 'Līvāni' } });
    expect([frozen.status, frozen.body.errors[0].path]).toEqual([409, 'venue']);
    expect((await move(interimId, { action: 'submit' }, member)).status).toBe(409);
  });

  it('reopens only the parts the coordinator names; the rest stay frozen', async () => {
    expect((await move(interimId, { action: 'submit' }, coordinator)).status).toBe(403);
    expect((await move(interimId, { action: 'requestChanges', comment: 'Precizējiet.' }, coordinator)).status).toBe(400);
    expect((await move(interimId, { action: 'requestChanges', parts: ['question:summary'] }, coordinator)).status).toBe(400);
    expect((await move(interimId, { action: 'requestChanges', parts: ['question:nosuch'], comment: 'x' }, coordinator)).status).toBe(400);
    const requested = await move(interimId, { action: 'requestChanges', parts: ['question:summary', 'indicators'], comment: 'Aprakstiet dārzu sīkāk un saskaitiet brīvprātīgos.' }, coordinator);
    expect([requested.status, requested.body.status, requested.body.reopenedParts]).toEqual([200, 'changes_requested', ['question:summary', 'indicators']]);

    const reopened = await report(interimId);
    expect(reopened.editable).toEqual({ questions: ['summary'], indicators: true, expenses: false });
    expect(reopened.reviewComment).toBe('Aprakstiet dārzu sīkāk un saskaitiet brīvprātīgos.');
    const frozenVenue = await save(interimId, { answers: { venue: 'Līvāni' } });
    expect([frozenVenue.status, frozenVenue.body.errors.map((error: { path: string }) => error.path)]).toEqual([409, ['venue']]);
    expect((await save(interimId, { answers: { learned: 'x' } })).status).toBe(409);
    expect((await save(interimId, { answers: { summary: 'Iestādījām dārzu ar 12 dobēm un laistīšanas sistēmu.' }, indicators: { volunteers: 7 } })).status).toBe(200);

    const resubmitted = await move(interimId, { action: 'submit' }, member);
    expect([resubmitted.status, resubmitted.body.versions.map((version: { number: number }) => version.number)]).toEqual([200, [1, 2]]);
    const compared = await coordinator.get(`/api/reports/${interimId}/compare?from=1&to=2`);
    expect(compared.status).toBe(200);
    const changed = compared.body.items.filter((item: { changed: boolean }) => item.changed).map((item: { questionId: string }) => item.questionId);
    expect(changed).toEqual(['summary', 'indicators.volunteers']);
    expect(compared.body.items.find((item: { questionId: string }) => item.questionId === 'indicators.volunteers')).toMatchObject({ before: 5, after: 7 });
    expect((await coordinator.get(`/api/reports/${interimId}/compare?from=1&to=9`)).status).toBe(404);

    const approved = await move(interimId, { action: 'approve' }, coordinator);
    expect([approved.status, approved.body.status, approved.body.allowedActions]).toEqual([200, 'approved', []]);
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: projectId, action: { in: ['report.submit', 'report.requestChanges', 'report.approve'] } }, orderBy: { createdAt: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['report.submit', 'report.requestChanges', 'report.submit', 'report.approve']);
    expect((await coordinator.post(`/api/projects/${projectId}/reports/${interimId}/removal`, { version: (await schedule()).version, reason: 'x' })).status).toBe(409);
  });

  it('a tranche waiting for a report is paid only once that report is approved; the final report unlocks closing', async () => {
    let project = (await coordinator.get(`/api/projects/${projectId}`)).body;
    const planned = await coordinator.put(`/api/projects/${projectId}/tranches`, {
      version: project.version,
      planned: [
        { amountCents: 200_000, dueDate: null, condition: 'none' },
        { amountCents: 50_000, dueDate: null, condition: 'report_approved', reportId: finalId },
      ],
    });
    expect(planned.status).toBe(200);
    expect((await coordinator.put(`/api/projects/${projectId}/tranches`, { version: planned.body.version, planned: [{ amountCents: 1, dueDate: null, condition: 'report_approved' }] })).status).toBe(400);
    expect((await coordinator.put(`/api/projects/${projectId}/tranches`, { version: planned.body.version, planned: [{ amountCents: 1, dueDate: null, condition: 'report_approved', reportId: world.project.id }] })).status).toBe(400);
    project = planned.body;
    const [advance, last] = project.tranches;
    expect(last).toMatchObject({ condition: 'report_approved', reportId: finalId, conditionMet: false });
    const step = async (tranche: { id: string }, body: object) => {
      const response = await coordinator.post(`/api/projects/${projectId}/tranches/${tranche.id}/transitions`, { version: project.version, ...body });
      if (response.status === 200) project = response.body;
      return response;
    };
    for (const action of ['markDue', 'approve']) expect((await step(advance, { action })).status).toBe(200);
    expect((await step(advance, { action: 'pay', paidOn: '2027-03-05', bankReference: 'LV-1' })).status).toBe(200);
    expect((await step(last, { action: 'markDue' })).status).toBe(200);
    const early = await step(last, { action: 'approve' });
    expect([early.status, early.body.detail]).toEqual([409, 'Not yet: the report it waits for is not yet approved.']);
    expect((await coordinator.post(`/api/projects/${projectId}/reports/${finalId}/removal`, { version: project.version, reason: 'x' })).status).toBe(409);

    expect((await save(finalId, { answers: { summary: 'Viss izdevās.', learned: 'Daudz.' }, indicators: COMPLETE_INDICATORS })).status).toBe(200);
    expect((await move(finalId, { action: 'submit' }, member)).status).toBe(200);
    const approved = await move(finalId, { action: 'approve' }, coordinator);
    expect(approved.status).toBe(200);
    expect((await ctx.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).finalReportApprovedAt).not.toBeNull();

    project = (await coordinator.get(`/api/projects/${projectId}`)).body;
    expect(project.tranches[1].conditionMet).toBe(true);
    for (const action of ['approve']) expect((await step(last, { action })).status).toBe(200);
    expect((await step(last, { action: 'pay', paidOn: '2027-12-05', bankReference: 'LV-2' })).status).toBe(200);
    const transition = (action: string) => coordinator.post(`/api/projects/${projectId}/transitions`, { version: project.version, action });
    project = await activateProject(ctx.app, coordinator, projectId);
    const finalDue = await transition('requestFinalReport');
    expect(finalDue.status).toBe(200);
    project = finalDue.body;
    const closed = await transition('close');
    expect([closed.status, closed.body.status]).toEqual([200, 'closed']);
    // A closed project's reports take no more steps or schedule changes.
    expect((await report(finalId)).allowedActions).toEqual([]);
    expect((await coordinator.post(`/api/projects/${projectId}/reports`, { version: closed.body.version, kind: 'interim', dueDate: '2028-01-01', reason: 'x' })).status).toBe(409);
  });

  it('versions the report form as the application form: a new version once a report answered it; narrative questions only', async () => {
    const form = await coordinator.get(`/api/calls/${world.call.id}/report-form`);
    expect([form.status, form.body.version, form.body.locked]).toEqual([200, 1, true]);
    const definition = sampleReportForm();
    const withFile = { ...definition, sections: [{ ...definition.sections[0]!, questions: [...definition.sections[0]!.questions, { id: 'photos', type: 'file', label: { lv: 'Foto', en: 'Photos' }, maxFiles: 3 }] }] };
    expect((await coordinator.put(`/api/calls/${world.call.id}/report-form`, { definition: withFile, baseVersion: 1, baseUpdatedAt: form.body.updatedAt })).status).toBe(400);
    expect((await coordinator.put(`/api/calls/${world.call.id}/report-form`, { definition, baseVersion: 1, baseUpdatedAt: '2020-01-01T00:00:00.000Z' })).status).toBe(409);
    const saved = await coordinator.put(`/api/calls/${world.call.id}/report-form`, { definition, baseVersion: 1, baseUpdatedAt: form.body.updatedAt });
    expect([saved.status, saved.body.version, saved.body.versions, saved.body.locked]).toEqual([200, 2, [1, 2], false]);
    // Reports keep the version they answered.
    expect((await report(interimId, coordinator)).formVersion).toBe(1);
  });

  it('refuses the wrong role and the wrong organisation or programme on every route', async () => {
    const callId = world.call.id;
    const staffRoutes: Array<[string, string, unknown?]> = [
      ['GET', `/api/calls/${callId}/report-form`],
      ['PUT', `/api/calls/${callId}/report-form`, { definition: sampleReportForm(), baseVersion: null }],
      ['GET', `/api/calls/${callId}/report-schedule`],
      ['PUT', `/api/calls/${callId}/report-schedule`, { version: 1, interimOffsetsDays: [], finalOffsetDays: 30 }],
      ['POST', `/api/projects/${projectId}/reports`, { version: 1, kind: 'interim', dueDate: '2027-06-01', reason: 'x' }],
      ['PATCH', `/api/projects/${projectId}/reports/${interimId}`, { version: 1, dueDate: '2027-06-01', reason: 'x' }],
      ['POST', `/api/projects/${projectId}/reports/${interimId}/removal`, { version: 1, reason: 'x' }],
    ];
    const sharedRoutes: Array<[string, string, unknown?]> = [
      ['GET', `/api/projects/${projectId}/reports`],
      ['GET', `/api/reports/${interimId}`],
      ['POST', `/api/reports/${interimId}/transitions`, { version: 1, action: 'approve' }],
      ['GET', `/api/reports/${interimId}/compare?from=1&to=2`],
    ];
    const granteeRoutes: Array<[string, string, unknown?]> = [['PATCH', `/api/reports/${interimId}`, { answers: {}, indicators: {}, baseFieldVersions: {} }]];
    const statusOf = async (client: TestClient, [method, url, body]: [string, string, unknown?]) => (await client.request(method as 'GET', url, body)).status;
    const expectStatus = async (client: TestClient, routes: Array<[string, string, unknown?]>, status: number) => {
      for (const route of routes) expect([route[0], route[1], await statusOf(client, route)]).toEqual([route[0], route[1], status]);
    };
    const all = [...staffRoutes, ...sharedRoutes, ...granteeRoutes];
    await expectStatus(world.clients.anonymous, all, 401);
    await expectStatus(world.clients.reviewer, all, 403);
    await expectStatus(world.consultant, all, 403);
    await expectStatus(world.clients.admin, all, 403);
    // Another programme's coordinator: the call and project do not exist for them.
    await expectStatus(world.clients.otherCoordinator, [...staffRoutes, ...sharedRoutes], 404);
    await expectStatus(world.clients.otherCoordinator, granteeRoutes, 403);
    // A grantee of another organisation: staff routes are refused by role, the others do not exist.
    await expectStatus(world.clients.outsider, staffRoutes, 403);
    await expectStatus(world.clients.outsider, [...sharedRoutes, ...granteeRoutes], 404);
    // The grantee's own members change nothing that is staff's.
    await expectStatus(member, staffRoutes, 403);
    expect((await world.clients.outsider.get('/api/reports/overdue')).status).toBe(403);
  });
});
