import { describe, expect, it } from 'vitest';
import { FORM_LIMITS, ZFormDefinition, ZFormDefinitionInput, type TFormDefinition, type TQuestion } from './forms';
import { answerOf, questionVisibility, visibleAnswers } from './answers';
import { budgetWithinBounds } from './budget';
import { MAX_MONEY_CENTS } from './money-format';

const t = (text: string) => ({ lv: text, en: text });
function chain(count: number): TFormDefinition {
  const questions: TQuestion[] = Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    type: 'yes_no',
    label: t(`Q${i}`),
    required: false,
    ...(i > 0 ? { showIf: { questionId: `q${i - 1}`, values: [true] } } : {}),
  }));
  return { attachmentMaxBytes: 1024 * 1024, sections: [{ id: 'main', title: t('Main'), questions }] };
}

describe('form bounds', () => {
  it('refuses on save what stored forms may still hold', () => {
    const deep = chain(FORM_LIMITS.showIfDepth + 2);
    expect(ZFormDefinition.safeParse(deep).success).toBe(true);
    expect(ZFormDefinitionInput.safeParse(deep).success).toBe(false);
    expect(ZFormDefinitionInput.safeParse(chain(FORM_LIMITS.showIfDepth + 1)).success).toBe(true);
  });

  it('refuses prototype names as ids', () => {
    const form = chain(1);
    form.sections[0]!.questions[0]!.id = 'constructor';
    const result = ZFormDefinitionInput.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('form.id.reserved');
  });
});

describe('visibility', () => {
  it('is computed in one pass, even for a long chain', () => {
    const form = chain(2000);
    const answers = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`q${i}`, true]));
    const started = performance.now();
    const visible = questionVisibility(form, answers);
    expect(performance.now() - started).toBeLessThan(200);
    expect(visible.get('q1999')).toBe(true);
    expect(questionVisibility(form, { ...answers, q5: false }).get('q1999')).toBe(false);
  });

  it('never reads inherited members as answers', () => {
    expect(answerOf({}, 'constructor')).toBeUndefined();
    expect(answerOf({ constructor: 'x' } as Record<string, unknown>, 'constructor')).toBe('x');
    const form = chain(1);
    form.sections[0]!.questions[0]!.id = 'constructor';
    expect(visibleAnswers(form, {})).toEqual({});
  });
});

describe('budget bounds', () => {
  it('sums exactly and refuses totals above the largest amount', () => {
    const line = { quantity: 1000, unitCostCents: 100_000_000, ownContributionCents: 0 };
    expect(budgetWithinBounds([line])).toBe(true);
    expect(budgetWithinBounds([line, { ...line, quantity: 0.01 }])).toBe(false);
    expect(budgetWithinBounds([{ ...line, quantity: 1, ownContributionCents: MAX_MONEY_CENTS + 1 }])).toBe(false);
  });
});
