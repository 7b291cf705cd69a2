import { describe, expect, it } from 'vitest';
import { reasonParams } from './eligibility-reason';

const labels = { organisationType: (type: string) => `type:${type}`, municipality: (code: string) => `m:${code}` };

describe('reasonParams', () => {
  it('shows cents as euros in the reader\'s language', () => {
    const reason = { key: 'eligibility.reason.requestedAmount.aboveMax', params: { requestedCents: 99_000, minCents: 50_000, maxCents: 90_000 } };
    const lv = reasonParams(reason, 'lv', labels);
    expect(Object.keys(lv).sort()).toEqual(['max', 'min', 'requested']);
    expect(lv.requested).toMatch(/990,00\s€/);
    expect(reasonParams(reason, 'en', labels).requested).toBe('€990.00');
  });

  it('picks the question names of the language and names codes', () => {
    const reason = { key: 'eligibility.reason.requiredAnswers.fail', params: { count: 2, questionsLv: 'Nosaukums; Mērķis', questionsEn: 'Title; Aim' } };
    expect(reasonParams(reason, 'en', labels)).toEqual({ count: 2, questions: 'Title; Aim' });
    expect(reasonParams(reason, 'lv', labels)).toEqual({ count: 2, questions: 'Nosaukums; Mērķis' });
    expect(reasonParams({ key: 'k', params: { actualPercent: 9.5, requiredPercent: 10 } }, 'lv', labels)).toEqual({ actualPercent: '9,5', requiredPercent: '10' });
    expect(reasonParams({ key: 'k', params: { type: 'school', municipality: 'preili' } }, 'lv', labels)).toEqual({ type: 'type:school', municipality: 'm:preili' });
  });
});

describe('reason parameters, edges', () => {
  it('reads any English variant as English and shows missing question names as empty', () => {
    expect(reasonParams({ key: 'k', params: { minCents: 100 } }, 'en-GB', labels)).toEqual({ min: '€1.00' });
    expect(reasonParams({ key: 'k', params: { questionsEn: 'Aim' } }, 'lv', labels)).toEqual({ questions: '' });
  });

  it('leaves values that are not amounts or shares as they are', () => {
    expect(reasonParams({ key: 'k', params: { minCents: 'n/a', sharePercent: 'n/a', note: 'x' } }, 'en', labels)).toEqual({ minCents: 'n/a', sharePercent: 'n/a', note: 'x' });
  });
});
