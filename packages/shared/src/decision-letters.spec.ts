import { describe, expect, it } from 'vitest';
import { mergeLetter, unknownMergeFields, ZSaveLetterTemplateRequest } from './decision-letters';
import { ZDecideRequest } from './decisions';

const values = {
  organisation: 'Biedrība „Ūdensroze”',
  projectTitle: 'Kopienas dārzs',
  referenceNumber: 'DK-2027-0001',
  amount: '1 500,00 €',
  rationale: 'Labi pamatots.',
  callTitle: 'Kopienu iniciatīvas',
};

describe('decision letters', () => {
  it('merges every field, with or without spaces inside the braces', () => {
    expect(mergeLetter('{{organisation}}: {{ projectTitle }} ({{referenceNumber}}) {{amount}} — {{rationale}} / {{callTitle}}', values)).toBe(
      'Biedrība „Ūdensroze”: Kopienas dārzs (DK-2027-0001) 1 500,00 € — Labi pamatots. / Kopienu iniciatīvas',
    );
  });

  it('names unknown fields, and a template with one is refused', () => {
    expect(unknownMergeFields('{{organisation}} {{orgnisation}} {{amount}} {{foo}}')).toEqual(['orgnisation', 'foo']);
    const text = { lv: 'Labdien, {{orgnisation}}', en: 'Hello {{organisation}}' };
    const result = ZSaveLetterTemplateRequest.safeParse({ subject: text, body: text });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['subject.lv', 'body.lv']);
  });
});

describe('letter templates, edges', () => {
  it('leaves an unknown field as written and names each unknown field once', () => {
    expect(mergeLetter('{{foo}} {{ amount }}!', values)).toBe('{{foo}} 1 500,00 €!');
    expect(mergeLetter('{{}} {amount} {{amount', values)).toBe('{{}} {amount} {{amount');
    expect(unknownMergeFields('{{foo}} {{ foo }} {{bar}}')).toEqual(['foo', 'bar']);
    expect(unknownMergeFields('{{amount}} plain text')).toEqual([]);
  });

  it('says which fields are unknown and trims the template', () => {
    const text = { lv: '  Labdien, {{foo}} ', en: 'Hello {{organisation}}' };
    const result = ZSaveLetterTemplateRequest.safeParse({ subject: { lv: 'S', en: 'S' }, body: text });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['body', 'lv'], message: 'decisions.letters.unknownField', params: { fields: ['foo'] } })]);
    const ok = ZSaveLetterTemplateRequest.parse({ subject: { lv: ' S ', en: 'S' }, body: { lv: 'B', en: 'B' } });
    expect(ok.subject.lv).toBe('S');
  });
});

describe('ZDecideRequest', () => {
  it('needs an amount to award and refuses one otherwise', () => {
    expect(ZDecideRequest.safeParse({ kind: 'award', rationale: 'x' }).success).toBe(false);
    expect(ZDecideRequest.safeParse({ kind: 'reject', rationale: 'x', amountCents: 100 }).success).toBe(false);
    expect(ZDecideRequest.safeParse({ kind: 'award', rationale: 'x', amountCents: 100.5 }).success).toBe(false);
    expect(ZDecideRequest.safeParse({ kind: 'award', rationale: ' ', amountCents: 100 }).success).toBe(false);
    expect(ZDecideRequest.safeParse({ kind: 'award', rationale: 'x'.repeat(4001), amountCents: 100 }).success).toBe(false);
    expect(ZDecideRequest.parse({ kind: 'waitlist', rationale: 'Rezervē.' })).toEqual({ kind: 'waitlist', rationale: 'Rezervē.', feedbackEnabled: false });
  });
});
