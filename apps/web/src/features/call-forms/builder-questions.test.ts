import { DEFAULT_ATTACHMENT_MAX_BYTES, ZFormDefinition } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import {
  compareCandidates,
  conditionCandidates,
  emptyEditorForm,
  errorsFromApi,
  idFromLabel,
  move,
  newQuestion,
  questionIds,
  renameReferences,
  toDefinition,
  toEditorForm,
  uniqueId,
  validateEditorForm,
  withLabel,
  withType,
  type EditorQuestion,
} from './builder-model';

const text = (lv: string, en = lv) => ({ lv, en });
const question = (fields: Partial<EditorQuestion>): EditorQuestion => ({
  key: 'k',
  idEdited: false,
  id: 'q',
  type: 'short_text',
  label: text(''),
  required: false,
  ...fields,
});
/** Without the React key, which only has to be unique. */
const withoutKey = ({ key: _key, ...rest }: EditorQuestion) => rest;

describe('ids made from labels', () => {
  it.each([
    ['Projekta nosaukums', 'projekta_nosaukums'],
    ['Āčēģīķļņšūžōŗ', 'acegiklnsuzor'],
    ['Café déjà vu', 'cafe_deja_vu'],
    ['  __Budget  (EUR)__ ', 'budget_eur'],
    ['2027. gada plāns', 'gada_plans'],
    ['a'.repeat(39) + ' b', 'a'.repeat(39)],
    ['x'.repeat(45), 'x'.repeat(40)],
  ])('makes %j into %j', (label, id) => {
    expect(idFromLabel(label)).toBe(id);
  });

  it('falls back when a label has no letters', () => {
    expect(idFromLabel('')).toBe('question');
    expect(idFromLabel('!!! 123')).toBe('question');
    expect(idFromLabel('', 'section')).toBe('section');
  });

  it('numbers a taken id, staying within 40 characters', () => {
    const long = 'x'.repeat(40);
    expect(uniqueId(long, new Set([long]))).toBe(`${'x'.repeat(38)}_2`);
    expect(uniqueId('title', new Set(['title', 'title_2', 'title_3']))).toBe('title_4');
    expect(uniqueId('title', new Set(['title_2']))).toBe('title');
  });

  it('keeps a question’s own id while its label is retyped the same', () => {
    const own = question({ id: 'title', label: text('Title') });
    expect(withLabel(own, text('Nosaukums', 'Title'), new Set(['title', 'other'])).id).toBe('title');
    expect(withLabel(own, text('Other'), new Set(['title', 'other'])).id).toBe('other_2');
  });
});

describe('new forms and questions', () => {
  it('starts a form with one untitled, empty section and the default file size', () => {
    const form = emptyEditorForm();
    expect(form.attachmentMaxBytes).toBe(DEFAULT_ATTACHMENT_MAX_BYTES);
    expect(form.sections.map(({ key: _key, ...section }) => section)).toEqual([
      { idEdited: false, id: 'section', title: { lv: '', en: '' }, questions: [] },
    ]);
  });

  it('adds an unlabelled question of the chosen type, with an id of its own', () => {
    expect(withoutKey(newQuestion(new Set()))).toStrictEqual({
      idEdited: false,
      id: 'question',
      type: 'short_text',
      label: { lv: '', en: '' },
      required: false,
      maxLength: 200,
    });
    expect(newQuestion(new Set(['question'])).id).toBe('question_2');
    expect(newQuestion(new Set(), 'yes_no').type).toBe('yes_no');
    expect(newQuestion(new Set()).key).not.toBe(newQuestion(new Set()).key);
  });

  it('opens a saved form with ids marked as chosen, and the default file size when it had none', () => {
    const saved = ZFormDefinition.parse({ sections: [{ id: 'main', title: text('M'), questions: [{ id: 'title', type: 'short_text', label: text('T') }] }] });
    const editor = toEditorForm({ ...saved, attachmentMaxBytes: undefined as never });
    expect(editor.attachmentMaxBytes).toBe(DEFAULT_ATTACHMENT_MAX_BYTES);
    expect(editor.sections[0]!.idEdited).toBe(true);
    expect(editor.sections[0]!.questions[0]!.idEdited).toBe(true);
    expect([...questionIds(editor)]).toEqual(['title']);
    expect(toEditorForm({ ...saved, attachmentMaxBytes: 2048 }).attachmentMaxBytes).toBe(2048);
  });
});

describe('changing a question’s type', () => {
  const full = question({
    type: 'number',
    integer: true,
    min: 1,
    max: 9,
    maxLength: 50,
    options: [{ value: 'a', label: text('A') }],
    accept: ['application/pdf'],
    maxFiles: 2,
    compare: { relation: 'after', questionId: 'other' },
  });

  it.each([
    ['number', { type: 'number', integer: true, min: 1, max: 9, compare: { relation: 'after', questionId: 'other' } }],
    ['money', { type: 'money', min: 1, max: 9 }],
    ['short_text', { type: 'short_text', maxLength: 50 }],
    ['single_choice', { type: 'single_choice', options: [{ value: 'a', label: text('A') }] }],
    ['file', { type: 'file', accept: ['application/pdf'], maxFiles: 2 }],
    ['date', { type: 'date' }],
    ['yes_no', { type: 'yes_no' }],
  ] as const)('to %s keeps exactly what that type has', (type, expected) => {
    expect(withoutKey(withType(full, type))).toStrictEqual({ idEdited: false, id: 'q', label: text(''), required: false, ...expected });
  });

  it('fills in the defaults a type needs and adds nothing that was not set', () => {
    const bare = question({ type: 'date' });
    expect(withoutKey(withType(bare, 'long_text'))).toStrictEqual({ ...withoutKey(bare), type: 'long_text', maxLength: 1500 });
    expect(withoutKey(withType(bare, 'short_text'))).toStrictEqual({ ...withoutKey(bare), type: 'short_text', maxLength: 200 });
    expect(withoutKey(withType(bare, 'number'))).toStrictEqual({ ...withoutKey(bare), type: 'number' });
    expect(withoutKey(withType(bare, 'multiple_choice'))).toStrictEqual({
      ...withoutKey(bare),
      type: 'multiple_choice',
      options: [
        { value: 'option_1', label: { lv: '', en: '' } },
        { value: 'option_2', label: { lv: '', en: '' } },
      ],
    });
    expect(withoutKey(withType(bare, 'file'))).toStrictEqual({ ...withoutKey(bare), type: 'file', accept: undefined, maxFiles: 3 });
  });
});

describe('moving, saving and errors', () => {
  it('moves to the very first and the very last place', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('keeps help and descriptions written in one language only, and drops blank ones', () => {
    const form = emptyEditorForm();
    form.sections[0] = {
      ...form.sections[0]!,
      title: text('A'),
      description: { lv: '', en: 'About' },
      questions: [question({ id: 'a', label: text('A'), help: { lv: 'Palīgs', en: '' } }), question({ id: 'b', label: text('B'), help: { lv: ' ', en: ' ' } })],
    };
    const definition = toDefinition(form);
    expect(definition.sections[0]!.description).toEqual({ lv: '', en: 'About' });
    expect(definition.sections[0]!.questions[0]!.help).toEqual({ lv: 'Palīgs', en: '' });
    expect('help' in definition.sections[0]!.questions[1]!).toBe(false);
    form.sections[0]!.description = { lv: '  ', en: '' };
    expect('description' in toDefinition(form).sections[0]!).toBe(false);
  });

  it('reports the first problem of each field only', () => {
    const form = emptyEditorForm();
    form.sections[0]!.questions = [question({ id: 'a', label: text('A'), type: 'number', min: 5, max: 1 }), question({ id: 'a', label: text('B') })];
    form.sections[0]!.title = text('S');
    const { definition, errors } = validateEditorForm(form);
    expect(definition).toBeNull();
    expect(errors).toEqual({ 'sections.0.questions.0.min': 'form.min.aboveMax', 'sections.0.questions.1.id': 'form.id.duplicate' });
  });

  it('maps API errors onto the builder, the first per field, the whole definition at the top', () => {
    expect(
      errorsFromApi([
        { path: 'definition', code: 'custom', message: 'form.sections.tooMany' },
        { path: 'definition.sections.0.id', code: 'custom', message: 'form.id.duplicate' },
        { path: 'definition.sections.0.id', code: 'custom', message: 'form.id.reserved' },
        { path: 'definition.sections.1.title.lv', code: 'too_small', message: 'Too small' },
      ]),
    ).toEqual({ '': 'form.sections.tooMany', 'sections.0.id': 'form.id.duplicate', 'sections.1.title.lv': 'too_small' });
  });
});

describe('references between questions', () => {
  const form = toEditorForm(
    ZFormDefinition.parse({
      sections: [
        {
          id: 'main',
          title: text('M'),
          questions: [
            { id: 'kind', type: 'single_choice', label: text('K'), options: [{ value: 'a', label: text('A') }, { value: 'b', label: text('B') }] },
            { id: 'start', type: 'date', label: text('S') },
            { id: 'end', type: 'date', label: text('E'), compare: { relation: 'after', questionId: 'start' }, showIf: { questionId: 'kind', values: ['a'] } },
            { id: 'note', type: 'short_text', label: text('N'), showIf: { questionId: 'kind', values: ['b'] } },
          ],
        },
      ],
    }),
  );

  it('offers no comparison to a question that cannot be compared', () => {
    expect(compareCandidates(form, form.sections[0]!.questions[3]!)).toEqual([]);
    expect(compareCandidates(form, form.sections[0]!.questions[2]!).map((c) => c.id)).toEqual(['start']);
  });

  it('offers no condition to the first question', () => {
    expect(conditionCandidates(form, 0, 0)).toEqual([]);
  });

  it('renames only the references to the renamed question, and nothing when the id stays', () => {
    expect(renameReferences(form, 'kind', 'kind')).toBe(form);
    const renamed = renameReferences(form, 'start', 'begin');
    expect(renamed.sections[0]!.questions.map((q) => [q.showIf?.questionId ?? null, q.compare?.questionId ?? null])).toEqual([
      [null, null],
      [null, null],
      ['kind', 'begin'],
      ['kind', null],
    ]);
    const byKind = renameReferences(form, 'kind', 'type');
    expect(byKind.sections[0]!.questions.map((q) => q.showIf?.questionId ?? null)).toEqual([null, null, 'type', 'type']);
    expect(byKind.sections[0]!.questions[2]!.compare).toEqual({ relation: 'after', questionId: 'start' });
  });
});
