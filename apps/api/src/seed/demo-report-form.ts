import type { TFormDefinition } from '@kopa/shared';

const t = (lv: string, en: string) => ({ lv, en });

/**
 * A bilingual report form: what a grantee tells about their work. The demo seed gives last
 * year's call this form; tests reuse it (`test/report-factories.ts`).
 */
export function demoReportForm(): TFormDefinition {
  return {
    attachmentMaxBytes: 10 * 1024 * 1024,
    sections: [
      {
        id: 'results',
        title: t('Paveiktais', 'What was done'),
        questions: [
          { id: 'summary', type: 'long_text', label: t('Kas projektā tika paveikts?', 'What did the project do?'), required: true, maxLength: 3000 },
          { id: 'venue', type: 'short_text', label: t('Norises vietas', 'Venues'), required: false, maxLength: 300 },
        ],
      },
      {
        id: 'lessons',
        title: t('Mācības', 'Lessons'),
        questions: [{ id: 'learned', type: 'long_text', label: t('Ko jūs iemācījāties un ko darītu citādi?', 'What did you learn, what would you do differently?'), required: true, maxLength: 3000 }],
      },
    ],
  } as TFormDefinition;
}
