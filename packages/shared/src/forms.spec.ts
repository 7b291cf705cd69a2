import { describe, expect, it } from 'vitest';
import { allQuestions, DEFAULT_ATTACHMENT_MAX_BYTES, ZFormDefinition, ZQuestionId } from './forms';

const text = (lv: string, en = lv) => ({ lv, en });
const choice = (id: string, values: string[], extra: object = {}) => ({
  id,
  type: 'single_choice',
  label: text(id),
  options: values.map((value) => ({ value, label: text(value) })),
  ...extra,
});
const form = (questions: object[], more: object[] = []) => ({
  sections: [{ id: 'main', title: text('Galvenā', 'Main'), questions }, ...more],
});
const messages = (input: unknown) => {
  const result = ZFormDefinition.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('ZFormDefinition', () => {
  it('accepts a form with every question type and fills defaults', () => {
    const parsed = ZFormDefinition.parse(
      form([
        { id: 'title', type: 'short_text', label: text('Nosaukums', 'Title'), required: true, maxLength: 100 },
        { id: 'summary', type: 'long_text', label: text('Kopsavilkums', 'Summary'), help: text('Īsi', 'Briefly'), maxLength: 1500 },
        { id: 'people', type: 'number', label: text('Cilvēki'), min: 1, max: 500 },
        { id: 'other', type: 'money', label: text('Summa'), min: 0 },
        { id: 'start', type: 'date', label: text('Sākums') },
        choice('kind', ['event', 'workshop']),
        { ...choice('groups', ['youth', 'seniors']), type: 'multiple_choice' },
        { id: 'school', type: 'yes_no', label: text('Skola?') },
        { id: 'letters', type: 'file', label: text('Vēstules'), accept: ['application/pdf'], maxFiles: 3 },
        { id: 'budget', type: 'budget_table', label: text('Budžets') },
      ]),
    );
    expect(parsed.attachmentMaxBytes).toBe(DEFAULT_ATTACHMENT_MAX_BYTES);
    expect(allQuestions(parsed)).toHaveLength(10);
    expect(allQuestions(parsed)[2]!.required).toBe(false);
  });

  it('needs at least one section and both languages of every label', () => {
    expect(messages({ sections: [] })).toEqual(['sections:Too small: expected array to have >=1 items']);
    const problems = messages(form([{ id: 'a', type: 'short_text', label: { lv: 'Teksts', en: '   ' } }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sections\.0\.questions\.0\.label\.en:/);
  });

  it('keeps ids stable and machine-friendly', () => {
    for (const good of ['a', 'project_title', 'q1']) expect(ZQuestionId.safeParse(good).success).toBe(true);
    for (const bad of ['', '1a', 'Project', 'a-b', 'ā', 'a'.repeat(41)]) expect(ZQuestionId.safeParse(bad).success).toBe(false);
    expect(messages(form([{ id: 'Bad Id', type: 'short_text', label: text('x') }]))).toEqual(['sections.0.questions.0.id:form.id.format']);
  });

  it('refuses duplicate question ids across sections and duplicate section ids', () => {
    const problems = messages(
      form([{ id: 'a', type: 'short_text', label: text('x') }], [
        { id: 'main', title: text('Otrā'), questions: [{ id: 'a', type: 'short_text', label: text('y') }] },
      ]),
    );
    expect(problems).toEqual(['sections.1.id:form.id.duplicate', 'sections.1.questions.0.id:form.id.duplicate']);
  });

  it('needs two options for a choice and min not above max', () => {
    expect(messages(form([choice('kind', ['only'])]))).toEqual(['sections.0.questions.0.options:form.options.tooFew']);
    expect(messages(form([choice('kind', ['a', 'b', 'a'])]))).toEqual(['sections.0.questions.0.options.2.value:form.options.duplicate']);
    expect(messages(form([{ id: 'n', type: 'number', label: text('n'), min: 5, max: 4 }]))).toEqual(['sections.0.questions.0.min:form.min.aboveMax']);
    expect(messages(form([{ id: 'n', type: 'number', label: text('n'), min: 5, max: 5 }]))).toEqual([]);
  });

  it('lets show-if point only at an earlier choice or yes/no question', () => {
    const later = form([
      { id: 'follow', type: 'short_text', label: text('x'), showIf: { questionId: 'school', values: [true] } },
      { id: 'school', type: 'yes_no', label: text('Skola?') },
    ]);
    expect(messages(later)).toEqual(['sections.0.questions.0.showIf.questionId:form.showIf.unknownOrLater']);
    const notChoice = form([
      { id: 'title', type: 'short_text', label: text('x') },
      { id: 'follow', type: 'short_text', label: text('y'), showIf: { questionId: 'title', values: ['x'] } },
    ]);
    expect(messages(notChoice)).toEqual(['sections.0.questions.1.showIf.questionId:form.showIf.notAChoice']);
    const self = form([{ ...choice('kind', ['a', 'b']), showIf: { questionId: 'kind', values: ['a'] } }]);
    expect(messages(self)).toEqual(['sections.0.questions.0.showIf.questionId:form.showIf.unknownOrLater']);
  });

  it('accepts show-if across sections and chains', () => {
    const chained = form(
      [{ id: 'school', type: 'yes_no', label: text('Skola?') }, { ...choice('role', ['lead', 'partner']), showIf: { questionId: 'school', values: [true] } }],
      [{ id: 'more', title: text('Vairāk'), questions: [{ id: 'note', type: 'long_text', label: text('x'), showIf: { questionId: 'role', values: ['lead', 'partner'] } }] }],
    );
    expect(messages(chained)).toEqual([]);
  });

  it('refuses show-if values no answer can have', () => {
    const wrongKind = form([{ id: 'school', type: 'yes_no', label: text('?') }, { id: 'f', type: 'short_text', label: text('x'), showIf: { questionId: 'school', values: ['true'] } }]);
    expect(messages(wrongKind)).toEqual(['sections.0.questions.1.showIf.values:form.showIf.unknownValue']);
    const unknownOption = form([choice('kind', ['a', 'b']), { id: 'f', type: 'short_text', label: text('x'), showIf: { questionId: 'kind', values: ['a', 'c'] } }]);
    expect(messages(unknownOption)).toEqual(['sections.0.questions.1.showIf.values:form.showIf.unknownValue']);
    const empty = form([choice('kind', ['a', 'b']), { id: 'f', type: 'short_text', label: text('x'), showIf: { questionId: 'kind', values: [] } }]);
    expect(messages(empty)).toHaveLength(1);
  });

  it('limits attachment sizes and file types', () => {
    expect(messages({ ...form([{ id: 'a', type: 'file', label: text('x') }]), attachmentMaxBytes: 100 })).toHaveLength(1);
    expect(messages({ ...form([{ id: 'a', type: 'file', label: text('x') }]), attachmentMaxBytes: 200 * 1024 * 1024 })).toHaveLength(1);
    expect(messages(form([{ id: 'a', type: 'file', label: text('x'), accept: ['pdf'] }]))).toHaveLength(1);
    expect(messages(form([{ id: 'a', type: 'file', label: text('x'), maxFiles: 0 }]))).toHaveLength(1);
  });
});
