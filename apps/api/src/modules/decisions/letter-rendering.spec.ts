import { DEFAULT_LETTER_TEMPLATES } from './letter-defaults';
import { renderLetter, type LetterSubject } from './letter-rendering';

const subject = (organisationName: string): LetterSubject => ({
  referenceNumber: 'DK-2026-001',
  answers: { project_title: 'Kopienas dārzs' },
  organisationName,
  callTitle: { lv: 'Darbīgās kopienas 2026', en: 'Active Communities 2026' },
  amountCents: 135_000n,
  rationale: 'Labi sagatavots.',
});

describe('decision letters', () => {
  it('quotes an organisation name in Latvian', () => {
    const { body } = renderLetter(DEFAULT_LETTER_TEMPLATES.award, subject('Jaunieši Preiļos'), 'lv');
    expect(body).toContain('organizācijas „Jaunieši Preiļos” projektam „Kopienas dārzs”');
  });

  it('gives a name that already holds quotes no second pair', () => {
    const { body } = renderLetter(DEFAULT_LETTER_TEMPLATES.award, subject('Biedrība „Kopā Preiļos”'), 'lv');
    expect(body).toContain('organizācijas Biedrība „Kopā Preiļos” projektam');
    expect(body).not.toContain('„Biedrība');
  });
});
