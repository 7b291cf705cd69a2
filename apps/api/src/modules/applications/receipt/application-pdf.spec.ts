import { ZFormDefinition, type TAnswers } from '@kopa/shared';
import { renderApplicationPdf, type ApplicationPdfInput } from './application-pdf';
import { extractPdfText as pdfText } from './pdf-text.test-helper';

const LATVIAN = 'Ģimeņu dārzs Līvānos — ūdens, ķirbji, ļoti čaklas šūpoles';

const form = ZFormDefinition.parse({
  sections: [
    {
      id: 'project',
      title: { lv: 'Projekts', en: 'Project' },
      questions: [
        { id: 'title', type: 'short_text', label: { lv: 'Projekta nosaukums', en: 'Project title' }, required: true },
        { id: 'summary', type: 'long_text', label: { lv: 'Kopsavilkums', en: 'Summary' }, maxLength: 50_000 },
        {
          id: 'kind',
          type: 'single_choice',
          label: { lv: 'Veids', en: 'Kind' },
          options: [
            { value: 'garden', label: { lv: 'Dārzs', en: 'Garden' } },
            { value: 'playground', label: { lv: 'Rotaļu laukums', en: 'Playground' } },
          ],
        },
        { id: 'partners', type: 'yes_no', label: { lv: 'Vai ir partneri?', en: 'Any partners?' } },
        {
          id: 'partner_names',
          type: 'short_text',
          label: { lv: 'Slēptais jautājums par partneriem', en: 'Hidden partner question' },
          showIf: { questionId: 'partners', values: [true] },
        },
        { id: 'start', type: 'date', label: { lv: 'Sākuma datums', en: 'Start date' } },
        { id: 'cost', type: 'money', label: { lv: 'Summa', en: 'Amount' } },
        { id: 'files', type: 'file', label: { lv: 'Pielikumi', en: 'Files' } },
      ],
    },
    {
      id: 'money',
      title: { lv: 'Budžets', en: 'Budget' },
      questions: [{ id: 'budget', type: 'budget_table', label: { lv: 'Budžeta tāme', en: 'Budget table' } }],
    },
  ],
});

const answers: TAnswers = {
  title: LATVIAN,
  summary: 'Īss apraksts.',
  kind: 'garden',
  partners: false,
  partner_names: 'Nekad neparādās',
  start: '2026-05-04',
  cost: 123456,
  files: ['0b7f2a4e-3c1d-4c3e-9a52-5a3c1e0d9f11'],
  budget: [
    { category: 'materials', description: 'Sēklas un stādi', quantity: 1.5, unitCostCents: 10000, ownContributionCents: 1500 },
    { category: 'equipment', description: 'Šūpoles', quantity: 2, unitCostCents: 45050, ownContributionCents: 9010 },
  ],
};

function input(overrides: Partial<ApplicationPdfInput> = {}): ApplicationPdfInput {
  return {
    locale: 'lv',
    programmeName: 'Darbīgās kopienas',
    callTitle: 'Mazo grantu konkurss 2026',
    referenceNumber: 'DK-2026-014',
    organisationName: 'Biedrība „Ķirbju draugi”',
    submittedAt: new Date('2026-03-29T20:59:00Z'),
    revisionNumber: 1,
    form,
    answers,
    attachments: [
      {
        id: '0b7f2a4e-3c1d-4c3e-9a52-5a3c1e0d9f11',
        questionId: 'files',
        fileName: 'tāme-ūdens.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 2_345_678,
      },
    ],
    ...overrides,
  };
}

describe('application PDF', () => {
  it('embeds a Unicode font: Latvian letters survive text extraction', async () => {
    const pdf = await renderApplicationPdf(input());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(0);
    expect(text).toContain(LATVIAN);
    expect(text).toContain('Biedrība „Ķirbju draugi”');
    expect(text).toContain('DK-2026-014');
    // Submitted at, in Riga time (UTC+3 in summer time from 29 March 2026).
    expect(text).toContain('2026. gada 29. marts 23:59');
  });

  it('shows answers as a person reads them, in Latvian', async () => {
    const { text } = await pdfText(await renderApplicationPdf(input()));
    expect(text).toContain('Dārzs');
    expect(text).toContain('Nē');
    expect(text).toContain('2026. gada 4. maijs');
    expect(text).toContain('1234,56');
    expect(text).toContain('tāme-ūdens.pdf');
    expect(text).not.toContain('Slēptais jautājums par partneriem');
    expect(text).not.toContain('Nekad neparādās');
    // Budget: 1.5 × 100 € = 150 €, 2 × 450,50 € = 901 €; total 1051 €, own 105,10 € (10 %), requested 945,90 €.
    expect(text).toContain('Kopējās izmaksas');
    expect(text).toMatch(/1\s?051,00/);
    expect(text).toContain('105,10');
    expect(text).toMatch(/10\s?%/);
    expect(text).toContain('945,90');
    expect(text).toContain('Materiāli');
    expect(text).toMatch(/2,2\sMB/);
    expect(text).toContain('1. lpp. no 1');
  });

  it('speaks English to an English reader', async () => {
    const { text } = await pdfText(await renderApplicationPdf(input({ locale: 'en', callTitle: 'Small grants 2026' })));
    expect(text).toContain('Reference number');
    expect(text).toContain('Garden');
    expect(text).toContain('No');
    expect(text).toContain('4 May 2026');
    expect(text).toContain('€1,234.56');
    expect(text).toContain('Amount requested');
    expect(text).toContain('Page 1 of 1');
  });

  it('wraps a very long answer across pages and numbers every page', async () => {
    const long = Array.from({ length: 600 }, (_, index) => `${index + 1}. ${LATVIAN}.`).join(' ');
    const manyLines = Array.from({ length: 80 }, (_, index) => ({
      category: 'other' as const,
      description: `Rinda ${index + 1}: ${LATVIAN}`,
      quantity: 1,
      unitCostCents: 100,
      ownContributionCents: 10,
    }));
    const pdf = await renderApplicationPdf(input({ answers: { ...answers, summary: long, budget: manyLines } }));
    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain('600. Ģimeņu');
    expect(text).toContain('Rinda 80:');
    expect(text).toContain(`${pages}. lpp. no ${pages}`);
  });
});
