import { describe, expect, it } from 'vitest';
import { FORM_LIMITS, ZFormDefinition, ZFormDefinitionInput } from './forms';

/**
 * What a coordinator may save as a form, rule by rule: each case names the exact path and
 * message key the builder shows, and the bound itself is accepted.
 */
const text = (value: string) => ({ lv: value, en: value });
const q = (id: string, fields: Record<string, unknown> = {}) => ({ id, type: 'short_text', label: text(id), ...fields });
const section = (id: string, questions: unknown[]) => ({ id, title: text(id), questions });
const options = (...values: string[]) => values.map((value) => ({ value, label: text(value) }));
const form = (...sections: unknown[]) => ({ sections });
const many = <T>(count: number, make: (index: number) => T) => Array.from({ length: count }, (_, index) => make(index));

const problems = (input: unknown) => {
  const result = ZFormDefinitionInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
};

describe('form size bounds', () => {
  it('accepts exactly the largest form and refuses one section more', () => {
    const sections = many(FORM_LIMITS.sections, (s) => section(`s${s}`, [q(`q${s}`)]));
    expect(problems(form(...sections))).toEqual([]);
    expect(problems(form(...sections, section('extra', [])))).toEqual(['sections form.sections.tooMany']);
  });

  it('bounds the questions of a section and of the whole form', () => {
    const full = many(FORM_LIMITS.questionsPerSection, (i) => q(`q${i}`));
    expect(problems(form(section('a', full)))).toEqual([]);
    expect(problems(form(section('a', [...full, q('extra')])))).toEqual(['sections.0.questions form.questions.tooMany']);
    const sections = many(3, (s) => section(`s${s}`, many(FORM_LIMITS.questionsPerSection, (i) => q(`q${s}_${i}`))));
    expect(problems(form(...sections))).toEqual([]);
    expect(problems(form(...sections, section('more', [q('one_more')])))).toEqual(['sections form.questions.tooMany']);
  });

  it('bounds the options of a question and the values of a condition', () => {
    const hundred = options(...many(FORM_LIMITS.options, (i) => `o${i}`));
    expect(problems(form(section('a', [q('kind', { type: 'single_choice', options: hundred })])))).toEqual([]);
    expect(problems(form(section('a', [q('kind', { type: 'single_choice', options: [...hundred, ...options('extra')] })])))).toEqual([
      'sections.0.questions.0.options form.options.tooMany',
    ]);
    const values = many(FORM_LIMITS.showIfValues, (i) => `o${i}`);
    const choice = q('kind', { type: 'multiple_choice', options: options(...values) });
    expect(problems(form(section('a', [choice, q('why', { showIf: { questionId: 'kind', values } })])))).toEqual([]);
    expect(problems(form(section('a', [choice, q('why', { showIf: { questionId: 'kind', values: [...values, 'o0'] } })])))).toEqual([
      'sections.0.questions.1.showIf.values form.showIf.tooManyValues',
    ]);
  });

  it('allows a chain of five conditions and refuses a sixth link', () => {
    const chain = [q('q0', { type: 'yes_no' }), ...many(6, (i) => q(`q${i + 1}`, { type: 'yes_no', showIf: { questionId: `q${i}`, values: [true] } }))];
    expect(problems(form(section('a', chain.slice(0, 6))))).toEqual([]);
    expect(problems(form(section('a', chain)))).toEqual(['sections.0.questions.6.showIf.questionId form.showIf.tooDeep']);
  });

  it('refuses ids that name members every object has, wherever they appear', () => {
    expect(problems(form(section('constructor', [q('tostring'), q('kind', { type: 'single_choice', options: options('then', 'ok') })])))).toEqual([
      'sections.0.id form.id.reserved',
      'sections.0.questions.0.id form.id.reserved',
      'sections.0.questions.1.options.0.value form.id.reserved',
    ]);
  });

  it('reads stored forms without the size bounds, so an old form still opens', () => {
    const sections = many(FORM_LIMITS.sections + 1, (s) => section(`s${s}`, [q(`q${s}`)]));
    expect(ZFormDefinition.safeParse(form(...sections)).success).toBe(true);
  });
});

describe('form consistency', () => {
  it('refuses a repeated section or question id, at the repeat', () => {
    expect(problems(form(section('a', [q('x')]), section('a', [q('x')])))).toEqual([
      'sections.1.id form.id.duplicate',
      'sections.1.questions.0.id form.id.duplicate',
    ]);
  });

  it('asks a choice for two different options at least', () => {
    expect(problems(form(section('a', [q('one', { type: 'single_choice', options: options('a') })])))).toEqual(['sections.0.questions.0.options form.options.tooFew']);
    expect(problems(form(section('a', [q('none', { type: 'multiple_choice' })])))).toEqual(['sections.0.questions.0.options form.options.tooFew']);
    expect(problems(form(section('a', [q('same', { type: 'single_choice', options: options('a', 'a') })])))).toEqual([
      'sections.0.questions.0.options.1.value form.options.duplicate',
    ]);
    // Other types need no options.
    expect(problems(form(section('a', [q('partner', { type: 'yes_no' })])))).toEqual([]);
  });

  it('refuses a smallest value above the largest, and accepts them equal', () => {
    expect(problems(form(section('a', [q('n', { type: 'number', min: 5, max: 4 })])))).toEqual(['sections.0.questions.0.min form.min.aboveMax']);
    expect(problems(form(section('a', [q('n', { type: 'number', min: 5, max: 5 })])))).toEqual([]);
    expect(problems(form(section('a', [q('n', { type: 'number', min: 5 }), q('m', { type: 'number', max: -5 })])))).toEqual([]);
  });

  it('lets a condition name only an earlier choice or yes/no question and a value it can have', () => {
    const kind = q('kind', { type: 'single_choice', options: options('a', 'b') });
    expect(problems(form(section('a', [q('why', { showIf: { questionId: 'kind', values: ['a'] } }), kind])))).toEqual([
      'sections.0.questions.0.showIf.questionId form.showIf.unknownOrLater',
    ]);
    expect(problems(form(section('a', [q('name'), q('why', { showIf: { questionId: 'name', values: ['a'] } })])))).toEqual([
      'sections.0.questions.1.showIf.questionId form.showIf.notAChoice',
    ]);
    expect(problems(form(section('a', [kind, q('why', { showIf: { questionId: 'kind', values: ['a', 'c'] } })])))).toEqual([
      'sections.0.questions.1.showIf.values form.showIf.unknownValue',
    ]);
    expect(problems(form(section('a', [kind, q('why', { showIf: { questionId: 'kind', values: [true] } })])))).toEqual([
      'sections.0.questions.1.showIf.values form.showIf.unknownValue',
    ]);
    expect(problems(form(section('a', [q('yes', { type: 'yes_no' }), q('why', { showIf: { questionId: 'yes', values: ['a'] } })])))).toEqual([
      'sections.0.questions.1.showIf.values form.showIf.unknownValue',
    ]);
    expect(problems(form(section('a', [kind]), section('b', [q('why', { showIf: { questionId: 'kind', values: ['b'] } })])))).toEqual([]);
  });

  it('lets a cross-field rule compare only dates, numbers and money with another question of the same type', () => {
    expect(problems(form(section('a', [q('name'), q('other', { compare: { relation: 'after', questionId: 'name' } })])))).toEqual([
      'sections.0.questions.1.compare.questionId form.compare.notComparable',
    ]);
    expect(problems(form(section('a', [q('end', { type: 'date', compare: { relation: 'after', questionId: 'end' } })])))).toEqual([
      'sections.0.questions.0.compare.questionId form.compare.unknown',
    ]);
    expect(problems(form(section('a', [q('end', { type: 'date', compare: { relation: 'after', questionId: 'start' } })])))).toEqual([
      'sections.0.questions.0.compare.questionId form.compare.unknown',
    ]);
    expect(problems(form(section('a', [q('n', { type: 'number' }), q('end', { type: 'date', compare: { relation: 'after', questionId: 'n' } })])))).toEqual([
      'sections.0.questions.1.compare.questionId form.compare.otherType',
    ]);
    // A later question, in another section, is fine.
    expect(problems(form(section('a', [q('end', { type: 'money', compare: { relation: 'notAfter', questionId: 'cap' } })]), section('b', [q('cap', { type: 'money' })])))).toEqual([]);
  });
});
