import { buildAnswersSchema, type TFormDefinition, ZFormDefinition } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import {
  budgetLinesFromRows,
  budgetRowsFromLines,
  budgetSummary,
  counterState,
  describeAnswer,
  emptyBudgetRow,
  formErrorsFromZod,
  formatPercent,
  isEditable,
  localizeMessageParams,
  parseNumberInput,
  parseQuantity,
  translateAnswerMessage,
  visibleSections,
} from './form-renderer-logic';

const text = (lv: string, en = lv) => ({ lv, en });

const form: TFormDefinition = ZFormDefinition.parse({
  sections: [
    {
      id: 'about',
      title: text('Par projektu', 'About'),
      questions: [
        { id: 'title', type: 'short_text', label: text('Nosaukums'), required: true, maxLength: 10 },
        { id: 'summary', type: 'long_text', label: text('Kopsavilkums') },
        { id: 'school', type: 'yes_no', label: text('Skola?') },
        { id: 'school_name', type: 'short_text', label: text('Kura skola?'), required: true, showIf: { questionId: 'school', values: [true] } },
        { id: 'amount', type: 'money', label: text('Summa') },
      ],
    },
    {
      id: 'school_details',
      title: text('Skola'),
      questions: [
        { id: 'school_role', type: 'single_choice', label: text('Loma'), options: [{ value: 'lead', label: text('Vadošā') }, { value: 'partner', label: text('Partneris') }], showIf: { questionId: 'school', values: [true] } },
        { id: 'role_note', type: 'long_text', label: text('Piezīme'), maxLength: 100, showIf: { questionId: 'school_role', values: ['lead'] } },
      ],
    },
    {
      id: 'budget_section',
      title: text('Budžets'),
      questions: [{ id: 'budget', type: 'budget_table', label: text('Budžets'), required: true }],
    },
  ],
});

describe('visibleSections', () => {
  it('hides show-if questions and sections left empty', () => {
    const sections = visibleSections(form, {});
    expect(sections.map((section) => section.id)).toEqual(['about', 'budget_section']);
    expect(sections[0].questions.map((question) => question.id)).not.toContain('school_name');
  });

  it('shows a chain once each link is answered', () => {
    expect(visibleSections(form, { school: true }).flatMap((s) => s.questions.map((q) => q.id))).toEqual(
      expect.arrayContaining(['school_name', 'school_role']),
    );
    const chain = visibleSections(form, { school: true, school_role: 'lead' }).flatMap((s) => s.questions.map((q) => q.id));
    expect(chain).toContain('role_note');
    // The chain breaks when its first link is hidden again, whatever the later answers say.
    const broken = visibleSections(form, { school: false, school_role: 'lead' }).flatMap((s) => s.questions.map((q) => q.id));
    expect(broken).not.toContain('role_note');
  });
});

describe('counterState', () => {
  const title = form.sections[0].questions[0];
  const summary = form.sections[0].questions[1];

  it('counts graphemes against the limit', () => {
    expect(counterState(title, 'Ābele 👩‍👩‍👧')).toEqual({ used: 7, max: 10, remaining: 3, over: false });
    expect(counterState(title, 'x'.repeat(12))).toMatchObject({ over: true, remaining: -2 });
    expect(counterState(title, null)).toMatchObject({ used: 0 });
  });

  it('uses the shared default limits and none for other types', () => {
    expect(counterState(summary, 'a\r\nb')).toMatchObject({ used: 3, max: 10_000 });
    expect(counterState(form.sections[0].questions[2], true)).toBeNull();
  });
});

describe('budget rows', () => {
  it('reads typed numbers in both languages and keeps totals live', () => {
    const rows = [
      { ...emptyBudgetRow(), description: 'Telpas', quantity: '1,5', unitCost: '100,10', ownContribution: '10' },
      { ...emptyBudgetRow(), description: 'Materials', quantity: '2', unitCost: '1 000.50', ownContribution: '' },
    ];
    const lines = budgetLinesFromRows(rows);
    expect(lines[0]).toMatchObject({ quantity: 1.5, unitCostCents: 10010, ownContributionCents: 1000 });
    expect(lines[1]).toMatchObject({ quantity: 2, unitCostCents: 100050, ownContributionCents: 0 });
    const summary = budgetSummary(lines);
    expect(summary.totalCents).toBe(15015 + 200100);
    expect(summary.requestedCents).toBe(15015 + 200100 - 1000);
    expect(summary.problems).toEqual([]);
  });

  it('counts what cannot be read yet as zero', () => {
    expect(parseQuantity('abc')).toBeNull();
    expect(parseQuantity('1,234')).toBeNull();
    expect(budgetLinesFromRows([{ ...emptyBudgetRow(), quantity: 'x', unitCost: '?' }])[0]).toMatchObject({ quantity: 0, unitCostCents: 0 });
  });

  it('round-trips lines through rows', () => {
    const lines = [{ category: 'venue' as const, description: 'Zāle', quantity: 2.25, unitCostCents: 123456, ownContributionCents: 5 }];
    const rows = budgetRowsFromLines(lines, 'lv');
    expect(rows[0]).toMatchObject({ quantity: '2,25', unitCost: '1234,56', ownContribution: '0,05' });
    expect(budgetLinesFromRows(rows)).toEqual(lines);
  });

  it('checks the call limits', () => {
    const lines = [{ category: 'other' as const, description: 'x', quantity: 1, unitCostCents: 400_000, ownContributionCents: 10_000 }];
    const summary = budgetSummary(lines, { minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 });
    expect(summary.problems).toEqual(['budget.requested.aboveMax', 'budget.ownContribution.tooLow']);
    expect(budgetSummary([], { minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 }).problems).toEqual([]);
    expect(formatPercent(1250, 'en')).toBe('12.5 %');
    expect(formatPercent(1250, 'lv')).toBe('12,5 %');
  });
});

describe('formErrorsFromZod', () => {
  it('keeps shared keys per question and nested budget paths', () => {
    const schema = buildAnswersSchema(form, 'submit', { minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 });
    const result = schema.safeParse({
      title: 'x'.repeat(11),
      school: true,
      budget: [{ category: 'other', description: '', quantity: 1, unitCostCents: 100, ownContributionCents: 0 }],
    });
    expect(result.success).toBe(false);
    const errors = formErrorsFromZod(result.error!);
    expect(errors.title).toBe('answer.text.tooLong');
    expect(errors.school_name).toBe('answer.required');
    expect(errors['budget.0.description']).toBeDefined();
    expect(errors.budget).toBeDefined();
  });

  it("prefers a question's own problem over one of its parts", () => {
    const schema = buildAnswersSchema(form, 'submit', { minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 });
    const result = schema.safeParse({
      title: 'Dārzs',
      school: false,
      budget: [{ category: 'other', description: '', quantity: 1, unitCostCents: 10_000_000, ownContributionCents: 0 }],
    });
    const errors = formErrorsFromZod(result.error!);
    expect(errors['budget.0.description']).toBeDefined();
    expect(errors.budget).toMatch(/^budget\./);
  });
});

describe('translateAnswerMessage', () => {
  const known = new Set(['formRenderer.messages.answer.required', 'validation.tooLong', 'validation.codes.custom', 'validation.invalid']);
  const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}:${JSON.stringify(params)}` : key);
  const exists = (key: string) => known.has(key);

  it('prefers renderer keys, then validation keys with params, then codes', () => {
    expect(translateAnswerMessage('answer.required', t, exists)).toBe('formRenderer.messages.answer.required');
    expect(translateAnswerMessage('tooLong|{"count":5}', t, exists)).toBe('validation.tooLong:{"count":5}');
    expect(translateAnswerMessage('custom', t, exists)).toBe('validation.codes.custom');
    expect(translateAnswerMessage('something.else', t, exists)).toBe('validation.invalid');
  });
});

describe('describeAnswer and isEditable', () => {
  const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}:${JSON.stringify(params)}` : key);
  it('describes values for the conflict panel', () => {
    const role = form.sections[1].questions[0];
    expect(describeAnswer(role, 'partner', 'lv', t)).toBe('Partneris');
    expect(describeAnswer(role, null, 'lv', t)).toBe('formRenderer.emptyAnswer');
    expect(describeAnswer(form.sections[0].questions[4], 150050, 'en', t)).toContain('1,500.50');
  });
  it('edits everything unless read-only or restricted', () => {
    expect(isEditable('a', false, undefined)).toBe(true);
    expect(isEditable('a', true, undefined)).toBe(false);
    expect(isEditable('a', false, new Set(['b']))).toBe(false);
    expect(isEditable('b', false, new Set(['b']))).toBe(true);
  });
});

describe('parseNumberInput', () => {
  it('refuses "2,5" in a whole-number question instead of reading 25', () => {
    expect(parseNumberInput('2,5', true)).toBeNull();
    expect(parseNumberInput('2.5', true)).toBeNull();
    expect(parseNumberInput('25', true)).toBe(25);
    expect(parseNumberInput('1 500', true)).toBe(1500);
    expect(parseNumberInput('-3', true)).toBe(-3);
  });
  it('reads a decimal comma or point where fractions are allowed', () => {
    expect(parseNumberInput('2,5', false)).toBe(2.5);
    expect(parseNumberInput('2.5', false)).toBe(2.5);
    expect(parseNumberInput('−2,5', false)).toBe(-2.5);
    expect(parseNumberInput('2,5,1', false)).toBeNull();
    expect(parseNumberInput('abc', false)).toBeNull();
    expect(parseNumberInput('', false)).toBeNull();
  });
});

describe('messages that state a limit', () => {
  it('formats amounts, numbers and bilingual labels in the reader\'s language', () => {
    expect(localizeMessageParams({ minCents: 50_000 }, 'en')).toEqual({ min: expect.stringMatching(/500\.00/) });
    expect(localizeMessageParams({ max: 1500 }, 'lv')).toEqual({ max: expect.stringMatching(/^1\s?500$/) });
    expect(localizeMessageParams({ other: { lv: 'Sākums', en: 'Start' } }, 'en')).toEqual({ other: 'Start' });
  });
  it('puts the minimum into the translated text', () => {
    const t = (key: string, params?: Record<string, unknown>) => `${key}:${JSON.stringify(params ?? {})}`;
    expect(translateAnswerMessage('answer.number.tooSmall|{"min":3}', t, () => true, 'en')).toBe('formRenderer.messages.answer.number.tooSmall:{"min":"3"}');
  });
});
