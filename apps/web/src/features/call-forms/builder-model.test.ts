import { ZFormDefinition } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import {
  bytesToMegabytes,
  compareCandidates,
  conditionCandidates,
  emptyEditorForm,
  errorsFromApi,
  idFromLabel,
  megabytesToBytes,
  move,
  newQuestion,
  renameReferences,
  toDefinition,
  toEditorForm,
  uniqueId,
  validateEditorForm,
  withLabel,
  withType,
  type EditorForm,
} from './builder-model';

const text = (lv: string, en = lv) => ({ lv, en });

function sampleEditor(): EditorForm {
  return toEditorForm(
    ZFormDefinition.parse({
      sections: [
        {
          id: 'main',
          title: text('Projekts', 'Project'),
          questions: [
            { id: 'title', type: 'short_text', label: text('Nosaukums', 'Title'), maxLength: 100 },
            { id: 'school', type: 'yes_no', label: text('Skola?', 'School?') },
            { id: 'note', type: 'long_text', label: text('Piezīme', 'Note'), showIf: { questionId: 'school', values: [true] } },
          ],
        },
        {
          id: 'more',
          title: text('Vairāk', 'More'),
          questions: [{ id: 'kind', type: 'single_choice', label: text('Veids', 'Kind'), options: [{ value: 'a', label: text('A') }, { value: 'b', label: text('B') }] }],
        },
      ],
    }),
  );
}

describe('ids', () => {
  it('makes a valid id from a Latvian or English label', () => {
    expect(idFromLabel('Projekta nosaukums')).toBe('projekta_nosaukums');
    expect(idFromLabel('Ģimeņu skaits, kas iesaistītas')).toBe('gimenu_skaits_kas_iesaistitas');
    expect(idFromLabel('Žūrijas čaklākā šūniņa')).toBe('zurijas_caklaka_sunina');
    expect(idFromLabel('2026. gada plāns')).toBe('gada_plans');
    expect(idFromLabel('   ')).toBe('question');
    expect(idFromLabel('x'.repeat(60))).toHaveLength(40);
  });

  it('adds a number when the id is taken', () => {
    expect(uniqueId('title', new Set())).toBe('title');
    expect(uniqueId('title', new Set(['title', 'title_2']))).toBe('title_3');
  });

  it('follows the label until the id is typed by hand', () => {
    const question = newQuestion(new Set());
    const labelled = withLabel(question, text('Mērķa grupa', 'Target group'), new Set(['target_group']));
    expect(labelled.id).toBe('target_group_2');
    const typed = { ...labelled, id: 'groups', idEdited: true };
    expect(withLabel(typed, text('Cits'), new Set()).id).toBe('groups');
  });

  it('renames show-if references with the question', () => {
    const renamed = renameReferences(sampleEditor(), 'school', 'school_partner');
    expect(renamed.sections[0]!.questions[2]!.showIf).toEqual({ questionId: 'school_partner', values: [true] });
  });
});

describe('editing', () => {
  it('moves items up and down and ignores moves past the ends', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('keeps only the properties of the new type', () => {
    const question = sampleEditor().sections[0]!.questions[0]!;
    const choice = withType(question, 'single_choice');
    expect(choice.maxLength).toBeUndefined();
    expect(choice.options).toHaveLength(2);
    const file = withType(choice, 'file');
    expect(file.options).toBeUndefined();
    expect(file.maxFiles).toBe(3);
    expect(withType(file, 'long_text').maxLength).toBe(1500);
  });

  it('offers only earlier choice and yes/no questions as conditions', () => {
    const form = sampleEditor();
    expect(conditionCandidates(form, 0, 1).map((c) => c.id)).toEqual([]);
    expect(conditionCandidates(form, 0, 2).map((c) => c.id)).toEqual(['school']);
    expect(conditionCandidates(form, 1, 0).map((c) => c.id)).toEqual(['school']);
    expect(conditionCandidates(form, 1, 1).map((c) => c.id)).toEqual(['school', 'kind']);
  });

  it('converts megabytes and bytes', () => {
    expect(megabytesToBytes(10)).toBe(10 * 1024 * 1024);
    expect(bytesToMegabytes(megabytesToBytes(2.5))).toBe(2.5);
  });
});

describe('validation', () => {
  it('round-trips a definition without editor fields or empty help', () => {
    const form = sampleEditor();
    form.sections[0]!.questions[0]!.help = { lv: '', en: '' };
    const definition = toDefinition(form);
    expect(JSON.stringify(definition)).not.toMatch(/"key"|idEdited|"help"/);
    expect(validateEditorForm(form)).toEqual({ definition: ZFormDefinition.parse(definition), errors: {} });
  });

  it('reports errors by path, with the shared message keys', () => {
    const form = sampleEditor();
    form.sections[1]!.questions[0]!.options = [{ value: 'a', label: text('A') }];
    form.sections[1]!.questions[0]!.id = 'title';
    form.sections[0]!.title = { lv: 'Projekts', en: '' };
    form.sections[0]!.questions[2]!.showIf = { questionId: 'school', values: [] };
    const { definition, errors } = validateEditorForm(form);
    expect(definition).toBeNull();
    expect(errors).toMatchObject({
      'sections.1.questions.0.options': 'form.options.tooFew',
      'sections.1.questions.0.id': 'form.id.duplicate',
      'sections.0.title.en': 'too_small',
      'sections.0.questions.2.showIf.values': 'too_small',
    });
  });

  it('a new form is not valid until it has a titled section', () => {
    expect(validateEditorForm(emptyEditorForm()).definition).toBeNull();
  });

  it('maps the API field errors onto the builder paths', () => {
    expect(errorsFromApi([{ path: 'definition.sections.0.id', code: 'custom', message: 'form.id.duplicate' }, { path: 'definition.sections.1.title.lv', code: 'too_small', message: 'Too small' }])).toEqual({
      'sections.0.id': 'form.id.duplicate',
      'sections.1.title.lv': 'too_small',
    });
  });
});

describe('cross-field rules', () => {
  function datesEditor(): EditorForm {
    return toEditorForm(
      ZFormDefinition.parse({
        sections: [
          { id: 'a', title: text('A'), questions: [{ id: 'end', type: 'date', label: text('Beigas', 'End'), compare: { relation: 'after', questionId: 'start' } }, { id: 'count', type: 'number', label: text('Skaits') }] },
          { id: 'b', title: text('B'), questions: [{ id: 'start', type: 'date', label: text('Sākums', 'Start') }] },
        ],
      }),
    );
  }
  it('offers every other question of the same type, in any section', () => {
    const form = datesEditor();
    expect(compareCandidates(form, form.sections[0]!.questions[0]!).map((candidate) => candidate.id)).toEqual(['start']);
    expect(compareCandidates(form, form.sections[0]!.questions[1]!)).toEqual([]);
  });
  it('follows a renamed question and is dropped when the type changes', () => {
    const renamed = renameReferences(datesEditor(), 'start', 'begin');
    expect(renamed.sections[0]!.questions[0]!.compare).toEqual({ relation: 'after', questionId: 'begin' });
    expect(withType(renamed.sections[0]!.questions[0]!, 'number').compare).toBeUndefined();
    expect(toDefinition(renamed).sections[0]!.questions[0]!.compare).toEqual({ relation: 'after', questionId: 'begin' });
  });
  it('reports a rule on a missing question at its path', () => {
    const form = datesEditor();
    form.sections[1]!.questions = [];
    expect(validateEditorForm(form).errors['sections.0.questions.0.compare.questionId']).toBe('form.compare.unknown');
  });
});
