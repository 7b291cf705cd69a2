import { describe, expect, it } from 'vitest';
import { buildAnswersSchema, compareProblem, countCharacters, projectTitleOf, questionVisibility, PROJECT_TITLE_QUESTION_ID } from './answers';
import { ZFormDefinition, type TQuestion } from './forms';

const text = (lv: string, en = lv) => ({ lv, en });
const form = ZFormDefinition.parse({
  sections: [
    {
      id: 'main',
      title: text('Galvenais'),
      questions: [
        { id: 'title', type: 'short_text', label: text('Nosaukums'), required: true },
        { id: 'summary', type: 'long_text', label: text('Kopsavilkums') },
        { id: 'topics', type: 'multiple_choice', label: text('Tēmas'), options: ['a', 'b', 'c'].map((value) => ({ value, label: text(value) })) },
        { id: 'why', type: 'short_text', label: text('Kāpēc?'), required: true, showIf: { questionId: 'topics', values: ['b', 'c'] } },
        { id: 'has_start', type: 'yes_no', label: text('Ir sākums?') },
        { id: 'start', type: 'date', label: text('Sākums', 'Start'), showIf: { questionId: 'has_start', values: [true] } },
        { id: 'end', type: 'date', label: text('Beigas'), compare: { relation: 'after', questionId: 'start' } },
        { id: 'planned', type: 'number', label: text('Plānots', 'Planned') },
        { id: 'reached', type: 'number', label: text('Sasniegts'), compare: { relation: 'notBefore', questionId: 'planned' } },
      ],
    },
  ],
});
const questions = form.sections[0]!.questions;
const byId = (id: string) => questions.find((question) => question.id === id) as TQuestion;

const problems = (answers: Record<string, unknown>, mode: 'draft' | 'submit' = 'submit') => {
  const result = buildAnswersSchema(form, mode).safeParse(answers);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
};

describe('text length', () => {
  it('limits short texts to 300 and long texts to 10 000 characters unless the form says otherwise', () => {
    expect(problems({ title: 'x'.repeat(300), summary: 'y'.repeat(10_000) })).toEqual([]);
    expect(problems({ title: 'x'.repeat(301) })).toEqual(['title answer.text.tooLong']);
    expect(problems({ title: 'T', summary: 'y'.repeat(10_001) })).toEqual(['summary answer.text.tooLong']);
  });

  it('lets a draft keep text past the limit, up to the hard limit', () => {
    expect(problems({ title: 'x'.repeat(301), summary: 'y'.repeat(100_000) }, 'draft')).toEqual([]);
    expect(problems({ summary: 'y'.repeat(100_001) }, 'draft')).toEqual(['summary answer.text.tooLong']);
  });

  it('counts what a person sees: one emoji family, one accented letter, one line break', () => {
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('a\r\nb')).toBe(3);
  });
});

describe('conditions', () => {
  it('shows a question when any one of its values is chosen', () => {
    expect(questionVisibility(form, { topics: ['a', 'c'] }).get('why')).toBe(true);
    expect(questionVisibility(form, { topics: ['b'] }).get('why')).toBe(true);
    expect(questionVisibility(form, { topics: ['a'] }).get('why')).toBe(false);
    expect(questionVisibility(form, {}).get('why')).toBe(false);
  });

  it('requires a shown question and nothing of a hidden one', () => {
    expect(problems({ title: 'T', topics: ['b'] })).toEqual(['why answer.required']);
    expect(problems({ title: 'T', topics: ['a'] })).toEqual([]);
    expect(problems({})).toEqual(['title answer.required']);
  });
});

describe('cross-field rules on answers', () => {
  const visible = (answers: Record<string, unknown>) => questionVisibility(form, answers as never);

  it('names the other question in both languages when the rule fails', () => {
    const answers = { title: 'T', has_start: true, start: '2027-03-01', end: '2027-03-01' };
    expect(problems(answers)).toEqual(['end answer.compare.after|{"other":{"lv":"Sākums","en":"Start"}}']);
    expect(problems({ ...answers, end: '2027-03-02' })).toEqual([]);
  });

  it('compares numbers by value, allowing equality for "not before"', () => {
    expect(problems({ title: 'T', planned: 10, reached: 9 })).toEqual(['reached answer.compare.notBefore|{"other":{"lv":"Plānots","en":"Planned"}}']);
    expect(problems({ title: 'T', planned: 10, reached: 10 })).toEqual([]);
    expect(problems({ title: 'T', planned: 10, reached: 11 })).toEqual([]);
  });

  it('checks nothing while the other question is hidden, unanswered or of another kind of value', () => {
    const rule = byId('end').compare!;
    expect(compareProblem(rule, '2027-01-01', { start: '2027-03-01' }, visible({}), questions)).toBeNull();
    expect(compareProblem(rule, '2027-01-01', { has_start: true }, visible({ has_start: true }), questions)).toBeNull();
    expect(compareProblem(rule, '', { has_start: true, start: '2027-03-01' }, visible({ has_start: true }), questions)).toBeNull();
    expect(compareProblem(rule, 5 as never, { has_start: true, start: '2027-03-01' }, visible({ has_start: true }), questions)).toBeNull();
    expect(compareProblem(rule, ['x'] as never, { has_start: true, start: ['y'] } as never, visible({ has_start: true }), questions)).toBeNull();
    expect(compareProblem({ relation: 'after', questionId: 'gone' }, '2027-01-01', {}, new Map([['gone', true]]), questions)).toBeNull();
    expect(compareProblem(rule, '2027-01-01', { has_start: true, start: '2027-03-01' }, visible({ has_start: true }), questions)).toBe(
      'answer.compare.after|{"other":{"lv":"Sākums","en":"Start"}}',
    );
  });
});

describe('projectTitleOf', () => {
  it('reads the project_title answer when it has text', () => {
    expect(PROJECT_TITLE_QUESTION_ID).toBe('project_title');
    expect(projectTitleOf({ project_title: 'Dārzs' })).toBe('Dārzs');
    expect(projectTitleOf({ project_title: '   ' })).toBeNull();
    expect(projectTitleOf({ project_title: 5 })).toBeNull();
    expect(projectTitleOf({ title: 'Other' })).toBeNull();
    expect(projectTitleOf(null)).toBeNull();
    expect(projectTitleOf(undefined)).toBeNull();
  });
});
