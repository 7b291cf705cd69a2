import { describe, expect, it } from 'vitest';
import { buildAnswersSchema } from './answers';
import { ZFormDefinition, ZFormDefinitionInput } from './forms';

const text = (lv: string, en = lv) => ({ lv, en });

const form = ZFormDefinition.parse({
  sections: [
    {
      id: 'dates',
      title: text('Laiks'),
      questions: [
        { id: 'start', type: 'date', label: text('Sākuma datums', 'Start date') },
        { id: 'end', type: 'date', label: text('Beigu datums', 'End date'), compare: { relation: 'after', questionId: 'start' } },
        { id: 'people', type: 'number', label: text('Cilvēki'), integer: true, min: 1, max: 100 },
        { id: 'own', type: 'money', label: text('Pašu līdzekļi'), min: 5_000, max: 100_000 },
        { id: 'planned', type: 'number', label: text('Plānots') },
        { id: 'reached', type: 'number', label: text('Sasniegts'), compare: { relation: 'notAfter', questionId: 'planned' } },
      ],
    },
  ],
});
const issues = (input: unknown, mode: 'draft' | 'submit' = 'submit') => {
  const result = buildAnswersSchema(form, mode).safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('cross-field rules', () => {
  it('refuses an end date before or on the start date, naming the other question in both languages', () => {
    expect(issues({ start: '2027-03-01', end: '2027-02-28' })).toEqual([
      'end:answer.compare.after|{"other":{"lv":"Sākuma datums","en":"Start date"}}',
    ]);
    expect(issues({ start: '2027-03-01', end: '2027-03-01' })).toHaveLength(1);
    expect(issues({ start: '2027-03-01', end: '2027-03-02' })).toEqual([]);
  });

  it('compares dates across months and years in calendar order', () => {
    expect(issues({ start: '2026-12-31', end: '2027-01-01' })).toEqual([]);
    expect(issues({ start: '2027-10-01', end: '2027-09-30' })).toHaveLength(1);
  });

  it('waits until both are answered', () => {
    expect(issues({ end: '2027-02-28' })).toEqual([]);
    expect(issues({ start: '2027-03-01', end: null })).toEqual([]);
  });

  it('lets drafts keep an end date before the start date (only submitting checks the rule)', () => {
    expect(issues({ start: '2027-03-01', end: '2027-02-28' }, 'draft')).toEqual([]);
  });

  it('compares numbers by value with not-after', () => {
    expect(issues({ planned: 10, reached: 10 })).toEqual([]);
    expect(issues({ planned: 10, reached: 9 })).toEqual([]);
    expect(issues({ planned: 10, reached: 11 })).toEqual(['reached:answer.compare.notAfter|{"other":{"lv":"Plānots","en":"Plānots"}}']);
  });

  it('has the four relations', () => {
    const withRelation = (relation: string) =>
      ZFormDefinition.parse({
        sections: [{ id: 's', title: text('S'), questions: [{ id: 'a', type: 'number', label: text('A') }, { id: 'b', type: 'number', label: text('B'), compare: { relation, questionId: 'a' } }] }],
      });
    const ok = (relation: string, a: number, b: number) => buildAnswersSchema(withRelation(relation), 'submit').safeParse({ a, b }).success;
    expect([ok('before', 5, 4), ok('before', 5, 5), ok('before', 5, 6)]).toEqual([true, false, false]);
    expect([ok('after', 5, 4), ok('after', 5, 5), ok('after', 5, 6)]).toEqual([false, false, true]);
    expect([ok('notBefore', 5, 4), ok('notBefore', 5, 5), ok('notBefore', 5, 6)]).toEqual([false, true, true]);
    expect([ok('notAfter', 5, 4), ok('notAfter', 5, 5), ok('notAfter', 5, 6)]).toEqual([true, true, false]);
  });
});

describe('number messages', () => {
  it('refuses a fraction in a whole-number question, in drafts too', () => {
    expect(issues({ people: 2.5 })).toEqual(['people:answer.number.notInteger']);
    expect(issues({ people: 2.5 }, 'draft')).toEqual(['people:answer.number.notInteger']);
    expect(issues({ people: 25 })).toEqual([]);
    expect(issues({ planned: 2.5 })).toEqual([]);
  });

  it('states the minimum and maximum it refused', () => {
    expect(issues({ people: 0 })).toEqual(['people:answer.number.tooSmall|{"min":1}']);
    expect(issues({ people: 101 })).toEqual(['people:answer.number.tooBig|{"max":100}']);
    expect(issues({ own: 4_999 })).toEqual(['own:answer.number.tooSmall|{"minCents":5000}']);
    expect(issues({ own: 100_001 })).toEqual(['own:answer.number.tooBig|{"maxCents":100000}']);
  });
});

describe('saving a cross-field rule', () => {
  const save = (questions: unknown[]) => {
    const result = ZFormDefinitionInput.safeParse({ sections: [{ id: 's', title: text('S'), questions }] });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
  };
  it('accepts a rule naming a later question of the same type', () => {
    expect(save([{ id: 'a', type: 'date', label: text('A'), compare: { relation: 'before', questionId: 'b' } }, { id: 'b', type: 'date', label: text('B') }])).toEqual([]);
  });
  it('refuses an unknown question, itself, another type and a type that cannot be compared', () => {
    expect(save([{ id: 'a', type: 'date', label: text('A'), compare: { relation: 'before', questionId: 'zz' } }])).toEqual(['sections.0.questions.0.compare.questionId:form.compare.unknown']);
    expect(save([{ id: 'a', type: 'date', label: text('A'), compare: { relation: 'before', questionId: 'a' } }])).toEqual(['sections.0.questions.0.compare.questionId:form.compare.unknown']);
    expect(save([{ id: 'a', type: 'date', label: text('A'), compare: { relation: 'before', questionId: 'b' } }, { id: 'b', type: 'number', label: text('B') }])).toEqual(['sections.0.questions.0.compare.questionId:form.compare.otherType']);
    expect(save([{ id: 'a', type: 'short_text', label: text('A'), compare: { relation: 'before', questionId: 'b' } }, { id: 'b', type: 'short_text', label: text('B') }])).toEqual(['sections.0.questions.0.compare.questionId:form.compare.notComparable']);
    expect(save([{ id: 'a', type: 'date', label: text('A'), compare: { relation: 'sideways', questionId: 'b' } }, { id: 'b', type: 'date', label: text('B') }])).toHaveLength(1);
  });
});
