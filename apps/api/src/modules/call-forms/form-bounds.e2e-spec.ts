import { PROBLEM_TYPES, type TFormDefinition, type TQuestion } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createApplicationWorld, createCallWithApplicationForm, type ApplicationWorld } from '../../test/application-factories';

const t = (text: string) => ({ lv: text, en: text });

/** `count` yes/no questions, each shown only when the one before is answered yes. */
function chainedForm(count: number, sections = 1): TFormDefinition {
  const questions: TQuestion[] = Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    type: 'yes_no',
    label: t(`Jautājums ${i}`),
    required: false,
    ...(i > 0 ? { showIf: { questionId: `q${i - 1}`, values: [true] } } : {}),
  }));
  const perSection = Math.ceil(count / sections);
  return {
    attachmentMaxBytes: 10 * 1024 * 1024,
    sections: Array.from({ length: sections }, (_, s) => ({ id: `s${s}`, title: t(`Sadaļa ${s}`), questions: questions.slice(s * perSection, (s + 1) * perSection) })),
  };
}

function formWithQuestionId(id: string): TFormDefinition {
  return {
    attachmentMaxBytes: 10 * 1024 * 1024,
    sections: [{ id: 'main', title: t('Pamati'), questions: [{ id, type: 'short_text', label: t('Nosaukums'), required: true, maxLength: 100 }] }],
  };
}

describe('Form definitions are bounded, and question ids are safe', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
  });
  afterAll(() => ctx.close());

  async function draftCall() {
    return createCallWithApplicationForm(ctx.prisma, world.programme.id, { status: 'draft', form: null });
  }
  const putForm = (callId: string, definition: unknown) => world.clients.coordinator.put(`/api/calls/${callId}/form`, { definition, baseVersion: null });

  it('refuses 400 chained show-if questions quickly, naming the limits', async () => {
    const call = await draftCall();
    const started = Date.now();
    const response = await putForm(call.id, chainedForm(400, 4));
    expect(response.status).toBe(400);
    expect(response.body.type).toBe(PROBLEM_TYPES.validation);
    const messages = response.body.errors.map((error: { message: string }) => error.message);
    expect(messages).toEqual(expect.arrayContaining(['form.questions.tooMany', 'form.showIf.tooDeep']));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('accepts a chain of five conditions and refuses a sixth', async () => {
    expect((await putForm((await draftCall()).id, chainedForm(6))).status).toBe(200);
    const deeper = await putForm((await draftCall()).id, chainedForm(7));
    expect(deeper.status).toBe(400);
    expect(deeper.body.errors).toEqual([expect.objectContaining({ path: 'definition.sections.0.questions.6.showIf.questionId', message: 'form.showIf.tooDeep' })]);
  });

  it('refuses prototype names as question ids', async () => {
    for (const id of ['constructor', '__proto__', 'hasownproperty', 'prototype']) {
      const response = await putForm((await draftCall()).id, formWithQuestionId(id));
      expect(response.status).toBe(400);
    }
  });

  it('keeps answering an application whose stored form uses `constructor` as a question id', async () => {
    // A form saved before ids were restricted.
    const call = await createCallWithApplicationForm(ctx.prisma, world.programme.id, { form: formWithQuestionId('constructor') });
    const started = await world.clients.owner.post('/api/applications', { callId: call.id, organisationId: world.organisation.id });
    expect(started.status).toBe(201);
    const read = await world.clients.owner.get(`/api/applications/${started.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.fieldVersions).toEqual({});
    const saved = await world.clients.owner.patch(`/api/applications/${started.body.id}/answers`, {
      changes: { constructor: 'Kopienas dārzs' },
      baseFieldVersions: { constructor: 0 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.fieldVersions).toEqual({ constructor: 1 });
    expect((await world.clients.owner.get(`/api/applications/${started.body.id}`)).status).toBe(200);
    expect((await world.clients.coordinator.get(`/api/calls/${call.id}/applications`)).status).toBe(200);
  });
});
