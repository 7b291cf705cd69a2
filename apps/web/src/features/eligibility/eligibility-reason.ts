import { formatEuroCents, type TEligibilityReason } from '@kopa/shared';

export interface ReasonLabels {
  organisationType: (type: string) => string;
  municipality: (code: string) => string;
}

/**
 * Turns a stored reason's params into what its translation shows: cents as euros,
 * the question names in the reader's language, codes as names.
 */
export function reasonParams(reason: TEligibilityReason, language: string, labels: ReasonLabels): Record<string, string | number> {
  const english = language.startsWith('en');
  const shown: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.params)) {
    if (name.endsWith('Cents') && typeof value === 'number') shown[name.slice(0, -'Cents'.length)] = formatEuroCents(value, english ? 'en' : 'lv');
    else if (name === 'questionsLv' || name === 'questionsEn') continue;
    else if (name.endsWith('Percent') && typeof value === 'number') shown[name] = new Intl.NumberFormat(english ? 'en-IE' : 'lv-LV', { maximumFractionDigits: 2 }).format(value);
    else if (name === 'type') shown.type = labels.organisationType(String(value));
    else if (name === 'municipality') shown.municipality = labels.municipality(String(value));
    else shown[name] = value;
  }
  if ('questionsLv' in reason.params || 'questionsEn' in reason.params) {
    shown.questions = String((english ? reason.params.questionsEn : reason.params.questionsLv) ?? '');
  }
  return shown;
}
