import { z } from 'zod';
import { allQuestions, type TCompareRule, type TFormDefinition, type TQuestion } from './forms';
import { BUDGET_LINE_TOO_BIG, budgetLinesSchema, budgetProblems, lineTotalWithinBound, ZBudgetLine, ZBudgetLineFields, type TBudgetLimits } from './budget';
import { MAX_MONEY_CENTS } from './money-format';

/** Characters as a person and the browser see them: grapheme clusters, a line break is one. */
export function countCharacters(text: string): number {
  const normalised = text.replace(/\r\n/g, '\n');
  let count = 0;
  for (const _ of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(normalised)) count++;
  return count;
}

export type TAnswerValue = string | number | boolean | string[] | z.infer<typeof ZBudgetLine>[] | null;
export type TAnswers = Record<string, TAnswerValue>;

/**
 * A message with parameters, in the form the web app decodes: `key|{"min":5}`. A parameter
 * named `…Cents` is shown as an amount in euros; `{ lv, en }` is shown in the reader's language.
 */
export function answerMessage(key: string, params: Record<string, unknown>): string {
  return `${key}|${JSON.stringify(params)}`;
}

/** A draft may hold text past the limit (the counter shows it) but not without end. */
export const DRAFT_TEXT_HARD_LIMIT = 100_000;

/** A budget line while it is being typed: saved even before its description or quantity is there. */
const ZDraftBudgetLine = ZBudgetLineFields.extend({
  description: z.string().max(500),
  quantity: z.number().min(0).max(1_000_000).multipleOf(0.01),
}).refine(lineTotalWithinBound, BUDGET_LINE_TOO_BIG);

/** Numbers typed into a draft are kept even out of the question's range, but not without end. */
const DRAFT_NUMBER_BOUND = 1e15;

/**
 * The schema of one answer's value; required-ness is checked separately. In 'draft' mode
 * (autosave) work in progress is kept: text over the limit, numbers outside min/max and
 * half-typed budget lines are accepted, so nothing typed is lost; 'submit' checks them all.
 */
export function answerValueSchema(question: TQuestion, mode: TAnswersMode = 'submit'): z.ZodType<TAnswerValue> {
  const draft = mode === 'draft';
  switch (question.type) {
    case 'short_text':
    case 'long_text': {
      const max = draft ? DRAFT_TEXT_HARD_LIMIT : (question.maxLength ?? (question.type === 'short_text' ? 300 : 10_000));
      return z.string().refine((text) => countCharacters(text) <= max, { message: 'answer.text.tooLong' });
    }
    case 'number':
    case 'money': {
      const money = question.type === 'money';
      let schema = money ? z.number().int().min(-MAX_MONEY_CENTS).max(MAX_MONEY_CENTS) : z.number().min(-DRAFT_NUMBER_BOUND).max(DRAFT_NUMBER_BOUND);
      if (question.integer && !money) schema = schema.int({ message: 'answer.number.notInteger' });
      if (draft) return schema;
      // Money is never negative unless the form says so.
      const min = question.min ?? (money ? 0 : undefined);
      // The message states the limit: "at least 5" / "at least 500,00 €".
      const limit = (name: 'min' | 'max', value: number) => (money ? { [`${name}Cents`]: value } : { [name]: value });
      if (min !== undefined) schema = schema.min(min, { message: answerMessage('answer.number.tooSmall', limit('min', min)) });
      if (question.max !== undefined) schema = schema.max(question.max, { message: answerMessage('answer.number.tooBig', limit('max', question.max)) });
      return schema;
    }
    case 'date':
      return z.iso.date();
    case 'single_choice':
      return z.enum((question.options ?? []).map((option) => option.value) as [string, ...string[]]);
    case 'multiple_choice':
      return z.array(z.enum((question.options ?? []).map((option) => option.value) as [string, ...string[]])).refine(
        (values) => new Set(values).size === values.length,
        { message: 'answer.choice.duplicate' },
      );
    case 'yes_no':
      return z.boolean();
    case 'file':
      return z.array(z.uuid()).max(question.maxFiles ?? 5, { message: 'answer.file.tooMany' });
    case 'budget_table':
      return draft ? budgetLinesSchema(ZDraftBudgetLine) : budgetLinesSchema(ZBudgetLine);
  }
}

/** Nothing given: no value, only whitespace, or an empty list. */
export function isEmptyAnswer(value: TAnswerValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The answer to a question id, never an inherited member of the object (`constructor`). */
export function answerOf<T>(answers: Readonly<Record<string, T>>, questionId: string): T | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/**
 * Which questions are shown, given the answers: one pass over the form in order (a
 * condition names an earlier question), so a whole form costs linear time. Hidden
 * questions are neither required nor kept.
 */
export function questionVisibility(form: Pick<TFormDefinition, 'sections'>, answers: TAnswers): Map<string, boolean> {
  const visible = new Map<string, boolean>();
  for (const question of allQuestions(form)) {
    visible.set(question.id, isShownGiven(question, answers, visible));
  }
  return visible;
}

function isShownGiven(question: TQuestion, answers: TAnswers, visible: ReadonlyMap<string, boolean>): boolean {
  if (!question.showIf) return true;
  // Unknown or later targets were refused when the form was saved; treat them as hidden.
  if (visible.get(question.showIf.questionId) !== true) return false;
  const value = answerOf(answers, question.showIf.questionId);
  const chosen = Array.isArray(value) ? value : [value];
  return question.showIf.values.some((wanted) => chosen.includes(wanted as never));
}

/** Whether one question is shown; for many questions compute questionVisibility() once instead. */
export function isQuestionVisible(question: TQuestion, answers: TAnswers, form: TFormDefinition): boolean {
  return questionVisibility(form, answers).get(question.id) ?? isShownGiven(question, answers, new Map());
}

export type TAnswersMode = 'draft' | 'submit';

/**
 * The answers schema generated from a form definition: the browser and the server run
 * the same one. Drafts may be incomplete but never malformed; a submission must be complete.
 */
export function buildAnswersSchema(form: TFormDefinition, mode: TAnswersMode, limits?: TBudgetLimits) {
  const questions = allQuestions(form);
  const shape = Object.fromEntries(questions.map((question) => [question.id, answerValueSchema(question, mode).nullable().optional()]));
  return z
    .object(shape)
    .strict()
    .superRefine((answers, ctx) => {
      if (mode !== 'submit') return;
      const visible = questionVisibility(form, answers as TAnswers);
      for (const question of questions) {
        if (!visible.get(question.id)) continue;
        const value = answerOf(answers as TAnswers, question.id);
        if (question.required && isEmptyAnswer(value)) {
          ctx.addIssue({ code: 'custom', path: [question.id], message: 'answer.required' });
        }
        if (question.compare && !isEmptyAnswer(value)) {
          const problem = compareProblem(question.compare, value, answers as TAnswers, visible, questions);
          if (problem) ctx.addIssue({ code: 'custom', path: [question.id], message: problem });
        }
        if (question.type === 'budget_table' && limits && Array.isArray(value) && value.length > 0) {
          for (const problem of budgetProblems(value as z.infer<typeof ZBudgetLine>[], limits)) {
            ctx.addIssue({ code: 'custom', path: [question.id], message: problem });
          }
        }
      }
    });
}

/**
 * The message when a cross-field rule fails, or null: both answers must be there and shown
 * (an unanswered start date is reported as required, not as "end before start").
 * ISO dates (YYYY-MM-DD) compare as text in calendar order.
 */
export function compareProblem(
  rule: TCompareRule,
  value: TAnswerValue | undefined,
  answers: TAnswers,
  visible: ReadonlyMap<string, boolean>,
  questions: readonly TQuestion[],
): string | null {
  const other = questions.find((question) => question.id === rule.questionId);
  if (!other || !visible.get(other.id)) return null;
  const otherValue = answerOf(answers, other.id);
  if (isEmptyAnswer(otherValue) || isEmptyAnswer(value) || typeof value !== typeof otherValue) return null;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const a = value;
  const b = otherValue as string | number;
  const holds = { before: a < b, after: a > b, notBefore: a >= b, notAfter: a <= b }[rule.relation];
  if (holds) return null;
  return answerMessage(`answer.compare.${rule.relation}`, { other: { lv: other.label.lv, en: other.label.en } });
}

/** Drops answers to questions that are hidden, so a submission keeps only what was asked. */
export function visibleAnswers(form: TFormDefinition, answers: TAnswers): TAnswers {
  const visible = questionVisibility(form, answers);
  return Object.fromEntries(
    allQuestions(form)
      .filter((question) => visible.get(question.id) && !isEmptyAnswer(answerOf(answers, question.id)))
      .map((question) => [question.id, answerOf(answers, question.id)!]),
  );
}

/** The question whose answer names the project (letters, rankings, the coordinator's search). */
export const PROJECT_TITLE_QUESTION_ID = 'project_title';

/** The project's title as applicants name it (the form's `project_title` question), if answered. */
export function projectTitleOf(answers: unknown): string | null {
  const title = (answers as Record<string, unknown> | null)?.[PROJECT_TITLE_QUESTION_ID];
  return typeof title === 'string' && title.trim() !== '' ? title : null;
}
