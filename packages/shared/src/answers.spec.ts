import { describe, expect, it } from 'vitest';
import { answerValueSchema, buildAnswersSchema, countCharacters, isEmptyAnswer, isQuestionVisible, visibleAnswers } from './answers';
import { allQuestions, ZFormDefinition, type TQuestion } from './forms';

const text = (lv: string, en = lv) => ({ lv, en });
const limits = { minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 };

const form = ZFormDefinition.parse({
  sections: [
    {
      id: 'main',
      title: text('Projekts'),
      questions: [
        { id: 'title', type: 'short_text', label: text('Nosaukums'), required: true, maxLength: 5 },
        { id: 'summary', type: 'long_text', label: text('Kopsavilkums'), maxLength: 10 },
        { id: 'school', type: 'yes_no', label: text('Skola?'), required: true },
        { id: 'school_name', type: 'short_text', label: text('Kura?'), required: true, showIf: { questionId: 'school', values: [true] } },
        { id: 'role', type: 'single_choice', label: text('Loma'), required: true, options: [{ value: 'lead', label: text('Vadošā') }, { value: 'partner', label: text('Partneris') }], showIf: { questionId: 'school', values: [true] } },
        { id: 'lead_plan', type: 'long_text', label: text('Plāns'), required: true, showIf: { questionId: 'role', values: ['lead'] } },
        { id: 'groups', type: 'multiple_choice', label: text('Grupas'), options: [{ value: 'youth', label: text('Jaunieši') }, { value: 'seniors', label: text('Seniori') }] },
        { id: 'senior_note', type: 'short_text', label: text('Seniori?'), required: true, showIf: { questionId: 'groups', values: ['seniors'] } },
        { id: 'people', type: 'number', label: text('Cilvēki'), min: 1, max: 100 },
        { id: 'other', type: 'money', label: text('Cits finansējums') },
        { id: 'start', type: 'date', label: text('Sākums') },
        { id: 'files', type: 'file', label: text('Datnes'), maxFiles: 2 },
        { id: 'budget', type: 'budget_table', label: text('Budžets'), required: true },
      ],
    },
  ],
});
const question = (id: string) => allQuestions(form).find((candidate) => candidate.id === id) as TQuestion;
const goodBudget = [{ category: 'materials', description: 'Krāsa', quantity: 1, unitCostCents: 100_000, ownContributionCents: 10_000 }];
const complete = { title: 'Dārzs', school: false, budget: goodBudget };
const issues = (input: unknown, mode: 'draft' | 'submit' = 'submit') => {
  const result = buildAnswersSchema(form, mode, limits).safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('countCharacters', () => {
  it('counts what a person sees', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('ābele')).toBe(5);
    expect(countCharacters('a\u0304')).toBe(1); // a + combining macron is one 'ā'
    expect(countCharacters('👍')).toBe(1);
    expect(countCharacters('👩‍👩‍👧‍👦')).toBe(1);
    expect(countCharacters('🇱🇻')).toBe(1);
    expect(countCharacters('👍🏽')).toBe(1);
  });

  it('counts a line break as one, whether CRLF or LF', () => {
    expect(countCharacters('a\r\nb')).toBe(3);
    expect(countCharacters('a\nb')).toBe(3);
    expect(countCharacters('a\r\n\r\nb')).toBe(4);
  });
});

describe('isQuestionVisible', () => {
  it('shows questions without a condition', () => {
    expect(isQuestionVisible(question('title'), {}, form)).toBe(true);
  });

  it('follows a yes/no answer', () => {
    expect(isQuestionVisible(question('school_name'), {}, form)).toBe(false);
    expect(isQuestionVisible(question('school_name'), { school: false }, form)).toBe(false);
    expect(isQuestionVisible(question('school_name'), { school: true }, form)).toBe(true);
    expect(isQuestionVisible(question('school_name'), { school: 'true' }, form)).toBe(false);
  });

  it('follows a chain: hidden as soon as an earlier link is hidden', () => {
    expect(isQuestionVisible(question('lead_plan'), { school: true, role: 'lead' }, form)).toBe(true);
    expect(isQuestionVisible(question('lead_plan'), { school: true, role: 'partner' }, form)).toBe(false);
    expect(isQuestionVisible(question('lead_plan'), { school: false, role: 'lead' }, form)).toBe(false);
  });

  it('matches any chosen value of a multiple choice', () => {
    expect(isQuestionVisible(question('senior_note'), { groups: ['youth', 'seniors'] }, form)).toBe(true);
    expect(isQuestionVisible(question('senior_note'), { groups: ['youth'] }, form)).toBe(false);
    expect(isQuestionVisible(question('senior_note'), { groups: [] }, form)).toBe(false);
  });
});

describe('buildAnswersSchema: submit', () => {
  it('accepts a complete application', () => {
    expect(issues(complete)).toEqual([]);
  });

  it('requires visible required questions only', () => {
    expect(issues({ budget: goodBudget })).toEqual(['title:answer.required', 'school:answer.required']);
    expect(issues({ ...complete, school: true })).toEqual(['school_name:answer.required', 'role:answer.required']);
    expect(issues({ ...complete, school: true, school_name: 'Preiļu 1. pamatskola', role: 'lead' })).toEqual(['lead_plan:answer.required']);
    expect(issues({ ...complete, school: true, school_name: 'Skola', role: 'partner' })).toEqual([]);
    expect(issues({ ...complete, groups: ['seniors'] })).toEqual(['senior_note:answer.required']);
  });

  it('treats blank text, null and empty lists as not answered', () => {
    expect(issues({ ...complete, title: '   ' })).toEqual(['title:answer.required']);
    expect(issues({ ...complete, title: null })).toEqual(['title:answer.required']);
    expect(issues({ ...complete, budget: [] })).toEqual(['budget:answer.required']);
    expect(isEmptyAnswer(false)).toBe(false);
    expect(isEmptyAnswer(0)).toBe(false);
  });

  it('counts text limits in graphemes, CRLF as one', () => {
    expect(issues({ ...complete, title: 'ābolā' })).toEqual([]);
    expect(issues({ ...complete, title: '👩‍👩‍👧‍👦👍🏽🇱🇻āā' })).toEqual([]);
    expect(issues({ ...complete, title: 'ābolās' })).toEqual(['title:answer.text.tooLong']);
    expect(issues({ ...complete, summary: 'abcd\r\nefgh\r\n' })).toEqual([]);
    expect(issues({ ...complete, summary: 'abcd\r\nefgh\r\nx' })).toEqual(['summary:answer.text.tooLong']);
  });

  it('checks each type', () => {
    expect(issues({ ...complete, people: 0 })).toEqual(['people:answer.number.tooSmall|{"min":1}']);
    expect(issues({ ...complete, people: 101 })).toEqual(['people:answer.number.tooBig|{"max":100}']);
    expect(issues({ ...complete, other: 10.5 })).toHaveLength(1);
    expect(issues({ ...complete, other: -100 })).toEqual(['other:answer.number.tooSmall|{"minCents":0}']);
    expect(issues({ ...complete, start: '2027-02-30' })).toHaveLength(1);
    expect(issues({ ...complete, start: '2027-02-28' })).toEqual([]);
    expect(issues({ ...complete, role: 'boss', school: true, school_name: 'x' })).toHaveLength(1);
    expect(issues({ ...complete, groups: ['youth', 'youth'] })).toEqual(['groups:answer.choice.duplicate']);
    expect(issues({ ...complete, files: ['not-a-uuid'] })).toHaveLength(1);
    const ids = ['0b7d7c4e-8a5b-4f4c-9d7e-1a2b3c4d5e6f', '1b7d7c4e-8a5b-4f4c-9d7e-1a2b3c4d5e6f', '2b7d7c4e-8a5b-4f4c-9d7e-1a2b3c4d5e6f'];
    expect(issues({ ...complete, files: ids })).toEqual(['files:answer.file.tooMany']);
    expect(issues({ ...complete, school: 'yes' })).toHaveLength(1);
  });

  it('refuses answers to questions the form does not have', () => {
    expect(issues({ ...complete, unknown: 'x' })).toHaveLength(1);
  });

  it('checks the budget against the call limits', () => {
    const tooBig = [{ ...goodBudget[0], unitCostCents: 1_000_000, ownContributionCents: 100_000 }];
    expect(issues({ ...complete, budget: tooBig })).toEqual(['budget:budget.requested.aboveMax']);
    const lowShare = [{ ...goodBudget[0], ownContributionCents: 0 }];
    expect(issues({ ...complete, budget: lowShare })).toEqual(['budget:budget.ownContribution.tooLow']);
    expect(buildAnswersSchema(form, 'submit').safeParse({ ...complete, budget: lowShare }).success).toBe(true);
  });
});

describe('buildAnswersSchema: draft', () => {
  it('accepts an incomplete draft', () => {
    expect(issues({}, 'draft')).toEqual([]);
    expect(issues({ school: true }, 'draft')).toEqual([]);
  });

  it('keeps work in progress that submission would refuse', () => {
    expect(issues({ title: 'pārāk garš nosaukums', people: 1000, budget: [{ category: 'other', description: '', quantity: 0, unitCostCents: 0, ownContributionCents: 0 }] }, 'draft')).toEqual([]);
    expect(issues({ budget: goodBudget.map((line) => ({ ...line, ownContributionCents: 0 })) }, 'draft')).toEqual([]);
  });

  it('never accepts malformed values', () => {
    expect(issues({ people: 'many' }, 'draft')).toHaveLength(1);
    expect(issues({ school: 'yes' }, 'draft')).toHaveLength(1);
    expect(issues({ other: 1.5 }, 'draft')).toHaveLength(1);
    expect(issues({ budget: [{ category: 'food', description: '', quantity: 1, unitCostCents: 0, ownContributionCents: 0 }] }, 'draft')).toHaveLength(1);
    expect(issues({ unknown: 1 }, 'draft')).toHaveLength(1);
  });

  it('answerValueSchema defaults to the strict submit rules', () => {
    expect(answerValueSchema(question('title')).safeParse('garāks').success).toBe(false);
    expect(answerValueSchema(question('title'), 'draft').safeParse('garāks').success).toBe(true);
  });
});

describe('visibleAnswers', () => {
  it('drops hidden and empty answers', () => {
    expect(visibleAnswers(form, { title: 'Dārzs', school: false, school_name: 'old', role: 'lead', lead_plan: 'x', summary: '', groups: [] })).toEqual({
      title: 'Dārzs',
      school: false,
    });
    expect(visibleAnswers(form, { school: true, school_name: 'Skola', role: 'lead', lead_plan: 'x' })).toEqual({
      school: true,
      school_name: 'Skola',
      role: 'lead',
      lead_plan: 'x',
    });
  });
});
