import { allQuestions, type TFormDefinition } from '@kopa/shared';
import type { TFunction } from 'i18next';

/** A named part of a report in words: "Section „Results”", "Question „What was done?”", "Indicators". */
export function describePart(part: string, form: TFormDefinition | null, language: string, t: TFunction): string {
  const lang = language === 'en' ? 'en' : 'lv';
  if (part === 'indicators' || part === 'expenses') return t(`reports.parts.${part}`);
  const [kind, id] = part.split(':');
  if (kind === 'section') {
    const section = form?.sections.find((candidate) => candidate.id === id);
    return t('reports.parts.section', { name: section ? section.title[lang] : id });
  }
  const question = form ? allQuestions(form).find((candidate) => candidate.id === id) : undefined;
  return t('reports.parts.question', { name: question ? question.label[lang] : id });
}

/** Server field errors (question ids and `indicators.<key>`) as the page shows them. */
export function reportFieldErrors(errors: ReadonlyArray<{ path: string; message: string; code: string }>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors) {
    const key = error.path.startsWith('indicators.') ? error.path : error.path.split('.')[0]!;
    if (!(key in result)) result[key] = error.message || error.code;
  }
  return result;
}
