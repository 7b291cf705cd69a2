import { DateTime } from 'luxon';
import { formatEuroCents, type TAnswerValue, type TLocale, type TQuestion } from '@kopa/shared';
import type { PdfLabels } from './pdf-labels';

/** What the PDF needs to know about an attached file. */
export interface PdfAttachment {
  id: string;
  questionId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
}

/** An answer as a person reads it (budget tables are drawn separately). */
export function formatAnswer(
  question: TQuestion,
  value: TAnswerValue | undefined,
  locale: TLocale,
  labels: PdfLabels,
  attachments: ReadonlyMap<string, PdfAttachment>,
): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return labels.noAnswer;
  }
  switch (question.type) {
    case 'short_text':
    case 'long_text':
      return String(value).replace(/\r\n/g, '\n');
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV').format(value) : String(value);
    case 'money':
      return typeof value === 'number' ? formatEuroCents(value, locale) : String(value);
    case 'date':
      return formatDate(String(value), locale);
    case 'yes_no':
      return value === true ? labels.yes : value === false ? labels.no : String(value);
    case 'single_choice':
      return optionLabel(question, String(value), locale);
    case 'multiple_choice':
      return (Array.isArray(value) ? value : [value]).map((item) => optionLabel(question, String(item), locale)).join('; ');
    case 'file':
      return (Array.isArray(value) ? value : [value])
        .map((id) => {
          const file = attachments.get(String(id));
          return file ? `${file.fileName} (${formatBytes(file.sizeBytes, locale)})` : String(id);
        })
        .join('\n');
    case 'budget_table':
      return '';
  }
}

function optionLabel(question: TQuestion, value: string, locale: TLocale): string {
  return question.options?.find((option) => option.value === value)?.label[locale] ?? value;
}

/** "2026-05-04" → "2026. gada 4. maijs" / "4 May 2026". */
export function formatDate(isoDate: string, locale: TLocale): string {
  const date = DateTime.fromISO(isoDate, { zone: 'UTC' });
  if (!date.isValid) return isoDate;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'lv-LV', { dateStyle: 'long', timeZone: 'UTC' }).format(
    date.toJSDate(),
  );
}

export function formatBytes(bytes: number, locale: TLocale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} KB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

/** Basis points → "10,5 %" / "10.5%". */
export function formatPercent(basisPoints: number, locale: TLocale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV', { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}
