import { ZFormDefinition, type TQuestion } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import {
  budgetSummary,
  describeAnswer,
  formatNumberInput,
  formatPercent,
  formatQuantity,
  isEditable,
  localizedText,
  localizeMessageParams,
  parseNumberInput,
  parseQuantity,
  textLimitOf,
  translateAnswerMessage,
} from './form-renderer-logic';

const text = (lv: string, en = lv) => ({ lv, en });
const questions = Object.fromEntries(
  ZFormDefinition.parse({
    sections: [
      {
        id: 's',
        title: text('S'),
        questions: [
          { id: 'money', type: 'money', label: text('Summa') },
          { id: 'partner', type: 'yes_no', label: text('Partneris?') },
          { id: 'kind', type: 'single_choice', label: text('Veids'), options: [{ value: 'a', label: text('Pirmais', 'First') }, { value: 'b', label: text('Otrais', 'Second') }] },
          { id: 'topics', type: 'multiple_choice', label: text('Tēmas'), options: [{ value: 'a', label: text('Pirmā', 'First') }, { value: 'b', label: text('Otrā', 'Second') }] },
          { id: 'files', type: 'file', label: text('Faili') },
          { id: 'budget', type: 'budget_table', label: text('Budžets') },
          { id: 'people', type: 'number', label: text('Cilvēki') },
          { id: 'title', type: 'short_text', label: text('Nosaukums') },
          { id: 'summary', type: 'long_text', label: text('Kopsavilkums') },
        ],
      },
    ],
  }).sections[0]!.questions.map((question) => [question.id, question]),
) as Record<string, TQuestion>;

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key} ${JSON.stringify(params)}` : key);
const nbsp = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');

describe('describeAnswer', () => {
  it('writes each kind of answer as one line in the reader’s language', () => {
    expect(nbsp(describeAnswer(questions.money!, 150_050, 'lv', t))).toBe('1500,50 €');
    expect(describeAnswer(questions.money!, 'odd' as never, 'lv', t)).toBe('odd');
    expect(describeAnswer(questions.partner!, true, 'en', t)).toBe('common.yes');
    expect(describeAnswer(questions.partner!, false, 'en', t)).toBe('common.no');
    expect(describeAnswer(questions.kind!, 'a', 'en', t)).toBe('First');
    expect(describeAnswer(questions.kind!, 'gone', 'en', t)).toBe('gone');
    expect(describeAnswer(questions.topics!, ['b', 'a'], 'lv', t)).toBe('Otrā, Pirmā');
    expect(describeAnswer(questions.topics!, 'a' as never, 'lv', t)).toBe('a');
    expect(describeAnswer(questions.files!, ['f1', 'f2'], 'en', t)).toBe('formRenderer.file.count {"count":2}');
    expect(describeAnswer(questions.files!, 'f1' as never, 'en', t)).toBe('formRenderer.file.count {"count":0}');
    expect(describeAnswer(questions.people!, 12, 'en', t)).toBe('12');
    expect(describeAnswer(questions.title!, 'Dārzs', 'en', t)).toBe('Dārzs');
  });

  it('sums a budget into its line count, total and requested amount', () => {
    const lines = [{ category: 'travel', description: 'Bus', quantity: 2, unitCostCents: 10_000, ownContributionCents: 2_000 }];
    expect(nbsp(describeAnswer(questions.budget!, lines as never, 'en', t))).toBe(
      'formRenderer.budget.describe {"count":1,"total":"€200.00","requested":"€180.00"}',
    );
    expect(nbsp(describeAnswer(questions.budget!, 'x' as never, 'en', t))).toBe(
      'formRenderer.budget.describe {"count":0,"total":"€0.00","requested":"€0.00"}',
    );
  });

  it.each([undefined, null, '', []])('says there is no answer for %j', (value) => {
    expect(describeAnswer(questions.title!, value as never, 'lv', t)).toBe('formRenderer.emptyAnswer');
  });
});

describe('numbers as typed and shown', () => {
  it.each([
    ['12', true, 12],
    [' 1 500 ', true, 1500],
    ['1\u00a0500', true, 1500],
    ['1\u202f500', true, 1500],
    ['\u22123', true, -3],
    ['\u20133', true, -3],
    ['--3', true, null],
    ['3-', true, null],
    ['1234567890123456', true, 1234567890123456],
    ['12345678901234567', true, null],
    ['+3', true, null],
    ['2,5', false, 2.5],
    ['0.123456', false, 0.123456],
    ['0.1234567', false, null],
    ['.5', false, null],
    ['5.', false, null],
    ['1e3', false, null],
  ])('reads %j (whole numbers only: %s) as %s', (input, integer, expected) => {
    expect(parseNumberInput(input, integer)).toBe(expected);
  });

  it('writes a number back with the decimal sign of the language', () => {
    expect(formatNumberInput(2.5, 'lv')).toBe('2,5');
    expect(formatNumberInput(2.5, 'en')).toBe('2.5');
    expect(formatNumberInput(-1500, 'lv')).toBe('-1500');
  });

  it('reads quantities with up to two decimals, and shows them rounded to two', () => {
    expect(parseQuantity('1,5')).toBe(1.5);
    expect(parseQuantity(' 2.25 ')).toBe(2.25);
    expect(parseQuantity('1\u00a0000')).toBe(1000);
    expect(parseQuantity('2.255')).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
    expect(parseQuantity('')).toBeNull();
    expect(formatQuantity(1.005, 'en')).toBe(String(Math.round(1.005 * 100) / 100));
    expect(formatQuantity(2.5, 'lv')).toBe('2,5');
    expect(formatQuantity(2.5, 'en')).toBe('2.5');
    expect(formatQuantity(1 / 3, 'en')).toBe('0.33');
  });

  it('shows shares of the budget as a percentage in the reader’s language', () => {
    expect(formatPercent(1234, 'lv')).toBe('12,34 %');
    expect(formatPercent(1234, 'en')).toBe('12.34 %');
    expect(formatPercent(10_000, 'en')).toBe('100 %');
  });
});

describe('text limits, languages and editing', () => {
  it('counts text against the question’s limit or the shared defaults', () => {
    expect(textLimitOf(questions.title!)).toBe(300);
    expect(textLimitOf(questions.summary!)).toBe(10_000);
    expect(textLimitOf({ ...questions.title!, maxLength: 20 })).toBe(20);
    expect(textLimitOf({ ...questions.summary!, maxLength: 500 })).toBe(500);
    expect(textLimitOf(questions.people!)).toBeUndefined();
  });

  it('picks the reader’s language and falls back to the other one', () => {
    expect(localizedText(undefined, 'en')).toBe('');
    expect(localizedText({ lv: 'Sveiki', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localizedText({ lv: 'Sveiki', en: 'Hello' }, 'lv')).toBe('Sveiki');
    expect(localizedText({ lv: 'Sveiki', en: '' }, 'en')).toBe('Sveiki');
    expect(localizedText({ lv: '', en: 'Hello' }, 'lv')).toBe('Hello');
  });

  it('lets a question be edited unless everything is read-only or only others were reopened', () => {
    expect(isEditable('a', undefined, undefined)).toBe(true);
    expect(isEditable('a', true, new Set(['a']))).toBe(false);
  });
});

describe('message parameters and keys', () => {
  it('keeps counts as numbers for plurals, and other values as they are', () => {
    expect(localizeMessageParams({ count: 1500, name: 'x', flag: true, none: null }, 'en')).toEqual({ count: 1500, name: 'x', flag: true, none: null });
    expect(localizeMessageParams({ max: 1500.5 }, 'en')).toEqual({ max: '1,500.5' });
    expect(localizeMessageParams({ maxCents: 'x' }, 'en')).toEqual({ maxCents: 'x' });
    expect(localizeMessageParams({ other: { lv: 'Sākums' } }, 'en')).toEqual({ other: { lv: 'Sākums' } });
  });

  it('falls back from renderer keys to validation keys, to codes, to a generic text', () => {
    const seen: string[] = [];
    const translate = (key: string) => key;
    const existsOnly = (wanted: string) => (key: string) => {
      seen.push(key);
      return key === wanted;
    };
    expect(translateAnswerMessage('tooLong', translate, existsOnly('validation.tooLong'))).toBe('validation.tooLong');
    expect(translateAnswerMessage('too_small', translate, existsOnly('validation.codes.too_small'))).toBe('validation.codes.too_small');
    seen.length = 0;
    expect(translateAnswerMessage('unknown', translate, existsOnly('none'))).toBe('validation.invalid');
    expect(seen).toEqual(['formRenderer.messages.unknown', 'validation.unknown', 'validation.codes.unknown']);
  });
});

describe('budgetSummary', () => {
  it('checks the call’s limits only when there are limits and lines', () => {
    const limits = { minAwardCents: 100_000, maxAwardCents: 200_000, ownContributionPercent: 10 };
    expect(budgetSummary([], limits).problems).toEqual([]);
    const small = [{ category: 'travel' as const, description: 'Bus', quantity: 1, unitCostCents: 1_000, ownContributionCents: 0 }];
    expect(budgetSummary(small).problems).toEqual([]);
    expect(budgetSummary(small, limits).problems.length).toBeGreaterThan(0);
  });
});
