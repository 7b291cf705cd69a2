import { PROBLEM_TYPES, ZFormDefinition, type TFormDefinition } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { callRequest, createMunicipalities, createProgramme, createUser } from '../../test/factories';
import { createOrganisation } from '../../test/organisation-factories';
import { minimalFormDefinition, sampleFormDefinition } from '../../test/call-form-factories';
import type { TestClient } from '../../test/test-client';
import { seedDemoCallForm } from '../../seed/demo-call-form';

describe('Call forms', () => {
  let ctx: TestContext;
  let programmeId: string;
  let coordinator: TestClient;
  let coordinatorId: string;
  let organisationId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
    const user = await createUser(ctx.prisma, { roles: ['coordinator'] });
    coordinatorId = user.id;
    programmeId = (await createProgramme(ctx.prisma, [user.id])).id;
    coordinator = await ctx.client().signInAs(user.id);
    organisationId = (await createOrganisation(ctx.prisma)).id;
  });

  afterAll(() => ctx.close());

  async function createCall(overrides: Record<string, unknown> = {}) {
    const response = await coordinator.post('/api/calls', callRequest(programmeId, overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; version: number };
  }

  async function saveForm(callId: string, definition: TFormDefinition, base: { version: number; updatedAt: string } | null = null) {
    return coordinator.put(`/api/calls/${callId}/form`, {
      definition,
      baseVersion: base?.version ?? null,
      ...(base ? { baseUpdatedAt: base.updatedAt } : {}),
    });
  }

  async function callWithForm(definition: TFormDefinition = sampleFormDefinition()) {
    const call = await createCall();
    const saved = await saveForm(call.id, definition);
    expect(saved.status).toBe(200);
    return { call, form: saved.body as { version: number; updatedAt: string } };
  }

  function createApplication(callId: string, formVersion: number, status: 'draft' | 'submitted' | 'withdrawn', answers: object = {}) {
    return ctx.prisma.application.create({
      data: {
        callId,
        organisationId,
        formVersion,
        status,
        answers,
        submittedAt: status === 'submitted' ? new Date() : null,
      },
    });
  }

  describe('defining and editing', () => {
    it('answers 404 "form not defined" before the first save', async () => {
      const call = await createCall();
      const response = await coordinator.get(`/api/calls/${call.id}/form`);
      expect(response.status).toBe(404);
      expect(response.body.type).toBe(PROBLEM_TYPES.notFound);
      expect(response.body.detail).toMatch(/form not defined/);
    });

    it('creates version 1, returns it, and records the save', async () => {
      const { call, form } = await callWithForm();
      expect(form).toMatchObject({ callId: call.id, version: 1, locked: false, versions: [1] });
      const loaded = await coordinator.get(`/api/calls/${call.id}/form`);
      expect(loaded.status).toBe(200);
      expect(loaded.body.definition).toEqual(sampleFormDefinition());
      expect((await coordinator.get(`/api/calls/${call.id}/form/versions/1`)).body.version).toBe(1);
      expect((await coordinator.get(`/api/calls/${call.id}/form/versions/2`)).status).toBe(404);
      const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: call.id, action: { startsWith: 'call-form' } } });
      expect(audit).toEqual([expect.objectContaining({ action: 'call-form.created', actorId: coordinatorId })]);
    });

    it('edits the version in place while only drafts answer it', async () => {
      const { call, form } = await callWithForm();
      await createApplication(call.id, 1, 'draft');
      await createApplication(call.id, 1, 'withdrawn'); // withdrawn before submitting: never fixed the form
      const edited = minimalFormDefinition();
      const response = await saveForm(call.id, edited, form);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ version: 1, versions: [1], locked: false, definition: edited });
      expect(response.body.updatedAt).not.toBe(form.updatedAt);
      expect(await ctx.prisma.callForm.count({ where: { callId: call.id } })).toBe(1);
    });

    it('drops from drafts only the answers the edited form cannot hold', async () => {
      const { call, form } = await callWithForm();
      const draft = await createApplication(call.id, 1, 'draft', {
        project_title: 'Kopienas dārzs',
        summary: 'Mēs iestādīsim dārzu.',
        target_groups: ['youth', 'seniors'],
        activity_type: 'workshop',
      });
      const edited = sampleFormDefinition();
      const project = edited.sections[0]!;
      project.questions = project.questions.filter((question) => question.id !== 'summary');
      const groups = project.questions.find((question) => question.id === 'target_groups')!;
      groups.options = groups.options!.filter((option) => option.value !== 'seniors');
      const activity = project.questions.find((question) => question.id === 'activity_type')!;
      activity.type = 'short_text';
      delete activity.options;

      expect((await saveForm(call.id, edited, form)).status).toBe(200);
      const after = await ctx.prisma.application.findUniqueOrThrow({ where: { id: draft.id } });
      expect(after.answers).toEqual({ project_title: 'Kopienas dārzs', target_groups: ['youth'] });
      expect(after.version).toBe(draft.version + 1);
      expect(after.fieldVersions).toEqual({ summary: 1, target_groups: 1, activity_type: 1 });
      const audit = await ctx.prisma.auditLog.findFirst({ where: { entityId: call.id, action: 'call-form.updated' } });
      expect(JSON.stringify(audit?.after)).toContain(draft.id);
    });

    it('creates version 2 once an application has been submitted; older applications keep version 1', async () => {
      const { call, form } = await callWithForm();
      const submitted = await createApplication(call.id, 1, 'submitted');
      const before = await coordinator.get(`/api/calls/${call.id}/form`);
      expect(before.body.locked).toBe(true);

      const edited = minimalFormDefinition();
      const response = await saveForm(call.id, edited, form);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ version: 2, versions: [1, 2], locked: false, definition: edited });

      const v1 = await coordinator.get(`/api/calls/${call.id}/form/versions/1`);
      expect(v1.body).toMatchObject({ version: 1, locked: true, definition: sampleFormDefinition() });
      expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: submitted.id } })).formVersion).toBe(1);
      const audit = await ctx.prisma.auditLog.findFirst({ where: { entityId: call.id, action: 'call-form.version-created' } });
      expect(audit).not.toBeNull();

      // The next save edits version 2 in place: nothing answers it yet.
      const again = await saveForm(call.id, sampleFormDefinition(), response.body);
      expect(again.body).toMatchObject({ version: 2, versions: [1, 2] });
    });

    it('answers a stale save with 409 and keeps the newer form', async () => {
      const { call, form } = await callWithForm();
      const first = await saveForm(call.id, minimalFormDefinition(), form);
      expect(first.status).toBe(200);

      const stale = await saveForm(call.id, sampleFormDefinition(), form);
      expect(stale.status).toBe(409);
      expect(stale.body.type).toBe(PROBLEM_TYPES.staleVersion);

      const wrongVersion = await saveForm(call.id, sampleFormDefinition(), { version: 7, updatedAt: first.body.updatedAt });
      expect(wrongVersion.status).toBe(409);
      const createAgain = await saveForm(call.id, sampleFormDefinition(), null);
      expect(createAgain.status).toBe(409);
      const noToken = await coordinator.put(`/api/calls/${call.id}/form`, { definition: sampleFormDefinition(), baseVersion: 1 });
      expect(noToken.status).toBe(400);

      expect((await coordinator.get(`/api/calls/${call.id}/form`)).body.definition).toEqual(minimalFormDefinition());
    });

    it('answers a first save based on a version that does not exist with 409', async () => {
      const call = await createCall();
      const response = await saveForm(call.id, sampleFormDefinition(), { version: 1, updatedAt: new Date().toISOString() });
      expect(response.status).toBe(409);
      expect(response.body.type).toBe(PROBLEM_TYPES.staleVersion);
    });

    it('rejects an invalid definition with field paths and stores nothing', async () => {
      const call = await createCall();
      const definition = sampleFormDefinition();
      const project = definition.sections[0]!;
      project.questions.find((question) => question.id === 'activity_type')!.options = [{ value: 'only', label: { lv: 'Viena', en: 'One' } }];
      project.questions.find((question) => question.id === 'school_partner_name')!.showIf = { questionId: 'budget', values: [true] };
      project.questions[0]!.label = { lv: 'Nosaukums', en: '' };
      definition.sections[1]!.questions[1]!.id = 'start_date';
      const response = await saveForm(call.id, definition);
      expect(response.status).toBe(400);
      expect(response.body.type).toBe(PROBLEM_TYPES.validation);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'definition.sections.0.questions.3.options', message: 'form.options.tooFew' }),
          expect.objectContaining({ path: 'definition.sections.0.questions.6.showIf.questionId', message: 'form.showIf.unknownOrLater' }),
          expect.objectContaining({ path: 'definition.sections.0.questions.0.label.en' }),
          expect.objectContaining({ path: 'definition.sections.1.questions.1.id', message: 'form.id.duplicate' }),
        ]),
      );
      expect(await ctx.prisma.callForm.count({ where: { callId: call.id } })).toBe(0);
    });

    it('refuses to change the form of a closed call', async () => {
      const { call, form } = await callWithForm();
      const published = await coordinator.post(`/api/calls/${call.id}/publish`, { version: call.version });
      expect(published.status).toBe(200);
      const closed = await coordinator.post(`/api/calls/${call.id}/close`, { version: published.body.version });
      expect(closed.status).toBe(200);
      const response = await saveForm(call.id, minimalFormDefinition(), form);
      expect(response.status).toBe(409);
      expect(response.body.type).toBe(PROBLEM_TYPES.invalidTransition);
      expect((await coordinator.get(`/api/calls/${call.id}/form`)).status).toBe(200);
    });
  });

  describe('demo seed', () => {
    it('gives a call the sample form once, however often it runs', async () => {
      const call = await createCall();
      await seedDemoCallForm(ctx.prisma, call.id, coordinatorId);
      await seedDemoCallForm(ctx.prisma, call.id, coordinatorId);
      const forms = await ctx.prisma.callForm.findMany({ where: { callId: call.id } });
      expect(forms).toHaveLength(1);
      expect(ZFormDefinition.parse(forms[0]!.definition)).toEqual(sampleFormDefinition());
    });
  });

  describe('public preview', () => {
    it('shows the latest form of a published call to anyone', async () => {
      const { call } = await callWithForm();
      const anonymous = ctx.client();
      expect((await anonymous.get(`/api/public/calls/${call.id}/form`)).status).toBe(404);
      const published = await coordinator.post(`/api/calls/${call.id}/publish`, { version: call.version });
      expect(published.status).toBe(200);
      const response = await anonymous.get(`/api/public/calls/${call.id}/form`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ callId: call.id, version: 1, definition: sampleFormDefinition() });
    });

    it('answers 404 for a published call without a form and for unknown calls', async () => {
      const call = await createCall();
      await coordinator.post(`/api/calls/${call.id}/publish`, { version: call.version });
      expect((await ctx.client().get(`/api/public/calls/${call.id}/form`)).status).toBe(404);
      expect((await ctx.client().get('/api/public/calls/6f1c1b2e-8a7d-4c1e-9a51-3d2b1c0e9f11/form')).status).toBe(404);
    });
  });

  describe('refusals', () => {
    let callId: string;
    let base: { version: number; updatedAt: string };

    beforeAll(async () => {
      const { call, form } = await callWithForm();
      callId = call.id;
      base = form;
    });

    const routes = () => [
      { method: 'get' as const, url: `/api/calls/${callId}/form` },
      { method: 'get' as const, url: `/api/calls/${callId}/form/versions/1` },
      { method: 'put' as const, url: `/api/calls/${callId}/form` },
    ];
    const send = (client: TestClient, route: { method: 'get' | 'put'; url: string }) =>
      route.method === 'get'
        ? client.get(route.url)
        : client.put(route.url, { definition: minimalFormDefinition(), baseVersion: base.version, baseUpdatedAt: base.updatedAt });

    it('refuses anonymous callers', async () => {
      for (const route of routes()) expect((await send(ctx.client(), route)).status).toBe(401);
    });

    it('refuses applicants and reviewers', async () => {
      for (const role of ['applicant', 'reviewer'] as const) {
        const client = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: [role] })).id);
        for (const route of routes()) expect((await send(client, route)).status).toBe(403);
      }
    });

    it('hides the call from a coordinator of another programme', async () => {
      const other = await createUser(ctx.prisma, { roles: ['coordinator'] });
      await createProgramme(ctx.prisma, [other.id]);
      const client = await ctx.client().signInAs(other.id);
      for (const route of routes()) expect((await send(client, route)).status).toBe(404);
    });

    it('lets an admin read but not change the form', async () => {
      const admin = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['admin'] })).id);
      expect((await admin.get(`/api/calls/${callId}/form`)).status).toBe(200);
      expect((await send(admin, routes()[2]!)).status).toBe(403);
    });

    it('left the form unchanged', async () => {
      const response = await coordinator.get(`/api/calls/${callId}/form`);
      expect(response.body).toMatchObject({ version: 1, updatedAt: base.updatedAt, definition: sampleFormDefinition() });
    });
  });
});
