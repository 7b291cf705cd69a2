import {
  allQuestions,
  budgetProblems,
  centsToEuroInput,
  computeBudget,
  countCharacters,
  formatCalendarDate,
  formatEuroCents,
  questionVisibility,
  parseEuroToCents,
  type TAnswers,
  type TAnswerValue,
  type TBudgetLimits,
  type TBudgetLine,
  type TBudgetTotals,
  type TFormDefinition,
  type TFormSection,
  type TQuestion,
} from '@kopa/shared';
import type { z } from 'zod';
import { decodeMessage } from '../../lib/validation-message';
import { zodIssueMessage } from '../../lib/zod-issue-message';

/** Same defaults as the shared answer schema (`answerValueSchema`). */
export function textLimitOf(question: TQuestion): number | undefined {
  if (question.type === 'short_text') return question.maxLength ?? 300;
  if (question.type === 'long_text') return question.maxLength ?? 10_000;
  return undefined;
}

export interface CounterState {
  used: number;
  max: number;
  remaining: number;
  over: boolean;
}

/** The always-visible counter of a text answer, counted as the browser shows characters. */
export function counterState(question: TQuestion, value: TAnswerValue | undefined): CounterState | null {
  const max = textLimitOf(question);
  if (max === undefined) return null;
  const used = countCharacters(typeof value === 'string' ? value : '');
  return { used, max, remaining: max - used, over: used > max };
}

/** Sections with only the questions currently shown; empty sections are dropped. */
export function visibleSections(form: TFormDefinition, answers: TAnswers): TFormSection[] {
  const visible = questionVisibility(form, answers);
  return form.sections
    .map((section) => ({
      ...section,
      questions: section.questions.filter((question) => visible.get(question.id) === true),
    }))
    .filter((section) => section.questions.length > 0);
}

/** A budget line as typed: numbers stay text until they can be read. */
export interface BudgetRow {
  key: string;
  category: TBudgetLine['category'];
  description: string;
  quantity: string;
  unitCost: string;
  ownContribution: string;
}

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyBudgetRow(): BudgetRow {
  return { key: newRowKey(), category: 'other', description: '', quantity: '1', unitCost: '', ownContribution: '0' };
}

/** "1,5" or "1.5" → 1.5 (two decimals at most); null when it cannot be read. */
export function parseQuantity(input: string): number | null {
  const compact = input.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  return Number(compact);
}

/**
 * A number as typed: "2,5" or "2.5" is 2.5, "1 500" is 1500, "-3" is −3. A whole-number
 * question refuses a fraction ("2,5" is unreadable there, never 25). Null when it cannot be read.
 */
export function parseNumberInput(input: string, integer: boolean): number | null {
  const compact = input.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  const pattern = integer ? /^-?\d{1,16}$/ : /^-?\d{1,16}([.,]\d{1,6})?$/;
  if (!pattern.test(compact)) return null;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

/** A number for the input in the app's language: 2.5 → "2,5" in Latvian. */
export function formatNumberInput(value: number, language: string): string {
  const text = String(value);
  return language === 'en' ? text : text.replace('.', ',');
}

export function formatQuantity(quantity: number, language: string): string {
  const text = String(Math.round(quantity * 100) / 100);
  return language === 'en' ? text : text.replace('.', ',');
}

export function budgetRowsFromLines(lines: readonly TBudgetLine[], language: string): BudgetRow[] {
  return lines.map((line) => ({
    key: newRowKey(),
    category: line.category,
    description: line.description,
    quantity: formatQuantity(line.quantity, language),
    unitCost: centsToEuroInput(line.unitCostCents, language),
    ownContribution: centsToEuroInput(line.ownContributionCents, language),
  }));
}

/** Rows → answer lines; what cannot be read yet counts as 0 so totals stay live. */
export function budgetLinesFromRows(rows: readonly BudgetRow[]): TBudgetLine[] {
  return rows.map((row) => ({
    category: row.category,
    description: row.description,
    quantity: parseQuantity(row.quantity) ?? 0,
    unitCostCents: parseEuroToCents(row.unitCost) ?? 0,
    ownContributionCents: parseEuroToCents(row.ownContribution) ?? 0,
  }));
}

export interface BudgetSummary extends TBudgetTotals {
  /** Translation keys of `budget.*` problems against the call's limits (empty without limits). */
  problems: string[];
}

export function budgetSummary(lines: readonly TBudgetLine[], limits?: TBudgetLimits): BudgetSummary {
  const totals = computeBudget(lines);
  const problems = limits && lines.length > 0 ? budgetProblems(lines, limits) : [];
  return { ...totals, problems };
}

/** 1234 basis points → "12,34 %" / "12.34 %". */
export function formatPercent(basisPoints: number, language: string): string {
  return `${new Intl.NumberFormat(language === 'en' ? 'en-IE' : 'lv-LV', { maximumFractionDigits: 2 }).format(basisPoints / 100)} %`;
}

/** Answers keyed by question id → translation keys; nested paths (budget lines) keep their dots. */
export type FormErrors = Record<string, string>;

const SHARED_KEY = /^(answer|budget|form)\./;

/**
 * Turns a failed parse of `buildAnswersSchema(...)` into `errors` for the renderer: the
 * first message of each question (by id), plus nested paths such as `budget.0.description`.
 * Shared keys (`answer.*`, `budget.*`) are kept; zod's own issues become `validation.*` keys.
 */
export function formErrorsFromZod(error: Pick<z.ZodError, 'issues'>): FormErrors {
  const errors: FormErrors = {};
  // A question's own issue (e.g. `budget.requested.aboveMax`) wins over one of its parts.
  const own = new Set<string>();
  for (const issue of error.issues) {
    const message = SHARED_KEY.test(issue.message)
      ? issue.message
      : (zodIssueMessage({ ...issue, input: (issue as { input?: unknown }).input ?? 0 } as never) ?? issue.code);
    const path = issue.path.map(String);
    if (path.length === 0) continue;
    const [questionId] = path as [string, ...string[]];
    if (path.length === 1 && !own.has(questionId)) {
      errors[questionId] = message;
      own.add(questionId);
    } else if (!(questionId in errors)) {
      errors[questionId] = message;
    }
    if (path.length > 1) {
      const nested = path.join('.');
      if (!(nested in errors)) errors[nested] = message;
    }
  }
  return errors;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;
type KeyExists = (key: string, params?: Record<string, unknown>) => boolean;

/**
 * Parameters of a shared message in the reader's language: `minCents` becomes `min` as an
 * amount ("500,00 €"), a number is grouped the local way, `{ lv, en }` (a question's label)
 * becomes the text in that language.
 */
export function localizeMessageParams(params: Record<string, unknown>, language: string): Record<string, unknown> {
  const localized: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name.endsWith('Cents') && typeof value === 'number') {
      localized[name.slice(0, -'Cents'.length)] = formatEuroCents(value, language);
    } else if (typeof value === 'number' && name !== 'count') {
      localized[name] = new Intl.NumberFormat(language === 'en' ? 'en-IE' : 'lv-LV', { maximumFractionDigits: 6 }).format(value);
    } else if (value && typeof value === 'object' && 'lv' in value && 'en' in value) {
      localized[name] = localizedText(value as { lv: string; en: string }, language);
    } else {
      localized[name] = value;
    }
  }
  return localized;
}

/**
 * A message key → text: shared keys under `formRenderer.messages.`, the app's own
 * validation keys (`tooLong|{"count":5}`), zod issue codes, then a generic text.
 */
export function translateAnswerMessage(message: string, t: Translate, exists: KeyExists, language = 'lv'): string {
  const decoded = decodeMessage(message);
  const key = decoded.key;
  const params = decoded.params && localizeMessageParams(decoded.params, language);
  for (const candidate of [`formRenderer.messages.${key}`, `validation.${key}`, `validation.codes.${key}`]) {
    if (exists(candidate, params)) return t(candidate, params);
  }
  return t('validation.invalid');
}

export function localizedText(text: { lv: string; en: string } | undefined, language: string): string {
  if (!text) return '';
  return (language === 'en' ? text.en : text.lv) || text.lv || text.en;
}

/** An answer as one line of text, for the conflict panel and read-only views. */
export function describeAnswer(
  question: TQuestion,
  value: TAnswerValue | undefined,
  language: string,
  t: Translate,
): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('formRenderer.emptyAnswer');
  }
  const optionLabel = (wanted: string) =>
    localizedText(question.options?.find((option) => option.value === wanted)?.label, language) || wanted;
  switch (question.type) {
    case 'money':
      return typeof value === 'number' ? formatEuroCents(value, language) : String(value);
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'lv-LV').format(value) : String(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value, language) : String(value);
    case 'yes_no':
      return value === true ? t('common.yes') : t('common.no');
    case 'single_choice':
      return optionLabel(String(value));
    case 'multiple_choice':
      return Array.isArray(value) ? (value as string[]).map(optionLabel).join(', ') : String(value);
    case 'file':
      return t('formRenderer.file.count', { count: Array.isArray(value) ? value.length : 0 });
    case 'budget_table': {
      const lines = Array.isArray(value) ? (value as TBudgetLine[]) : [];
      const totals = computeBudget(lines);
      return t('formRenderer.budget.describe', {
        count: lines.length,
        total: formatEuroCents(totals.totalCents, language),
        requested: formatEuroCents(totals.requestedCents, language),
      });
    }
    default:
      return String(value);
  }
}

/** Whether a question can be edited: everything unless read-only or a set names the editable ones. */
export function isEditable(questionId: string, readOnly: boolean | undefined, editable: ReadonlySet<string> | undefined): boolean {
  if (readOnly) return false;
  return editable === undefined || editable.has(questionId);
}

export { allQuestions };
