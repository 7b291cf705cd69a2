import { z } from 'zod';

/**
 * A call's application form: ordered sections of typed questions. The same definition
 * drives the form builder, the applicant's form, and the answer schema on both sides.
 */
export const QUESTION_TYPES = [
  'short_text',
  'long_text',
  'number',
  'money',
  'date',
  'single_choice',
  'multiple_choice',
  'yes_no',
  'file',
  'budget_table',
] as const;
export const ZQuestionType = z.enum(QUESTION_TYPES);
export type TQuestionType = z.infer<typeof ZQuestionType>;

const ZText = (max: number) => z.object({ lv: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
const ZOptionalText = (max: number) => z.object({ lv: z.string().trim().max(max), en: z.string().trim().max(max) });

/**
 * Names an object already has (Object.prototype's): as ids they would read inherited
 * members instead of answers (`answers.constructor`), so they are refused.
 */
export const RESERVED_QUESTION_IDS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase()),
  'prototype',
  'then',
  'toJSON'.toLowerCase(),
]);

/** Stable ids: answers, conditions and clarification requests refer to them. */
export const ZQuestionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'form.id.format' });

/** Bounds on one form: its size, and how long a chain of show-if conditions may be. */
export const FORM_LIMITS = {
  sections: 30,
  questionsPerSection: 100,
  questions: 300,
  options: 100,
  showIfValues: 100,
  /** A question shown only if one shown only if another …: at most this many links. */
  showIfDepth: 5,
} as const;

export const ZChoiceOption = z.object({ value: ZQuestionId, label: ZText(200) });

/** Show the question only when another (earlier) question's answer is one of `values`. */
export const ZShowIf = z.object({
  questionId: ZQuestionId,
  values: z.array(z.union([z.string().max(40), z.boolean()])).min(1),
});
export type TShowIf = z.infer<typeof ZShowIf>;

/** Question types a cross-field rule can compare: dates by calendar day, numbers and money by value. */
export const COMPARABLE_QUESTION_TYPES = ['date', 'number', 'money'] as const;
export const COMPARE_RELATIONS = ['before', 'after', 'notBefore', 'notAfter'] as const;
export type TCompareRelation = (typeof COMPARE_RELATIONS)[number];

/**
 * A cross-field rule set by the coordinator: this question's answer must be before/after
 * (or not before / not after) another question's answer of the same type, e.g. "end date
 * after start date". Checked when both are answered and shown, on both sides.
 */
export const ZCompareRule = z.object({
  relation: z.enum(COMPARE_RELATIONS),
  questionId: ZQuestionId,
});
export type TCompareRule = z.infer<typeof ZCompareRule>;

export const BUDGET_CATEGORIES = ['staff', 'travel', 'equipment', 'materials', 'services', 'venue', 'other'] as const;
export const ZBudgetCategory = z.enum(BUDGET_CATEGORIES);
export type TBudgetCategory = z.infer<typeof ZBudgetCategory>;

export const ZQuestion = z.object({
  id: ZQuestionId,
  type: ZQuestionType,
  label: ZText(300),
  help: ZOptionalText(2000).optional(),
  required: z.boolean().default(false),
  /** long_text and short_text: maximum characters as the browser counts them (grapheme clusters). */
  maxLength: z.number().int().min(1).max(50_000).optional(),
  /** number and money (money in cents). */
  min: z.number().int().min(-1e15).max(1e15).optional(),
  max: z.number().int().min(-1e15).max(1e15).optional(),
  /** number: whole numbers only ("2,5" is an error, never 25). */
  integer: z.boolean().optional(),
  /** date, number and money: compared with another question's answer. */
  compare: ZCompareRule.optional(),
  /** single_choice and multiple_choice. */
  options: z.array(ZChoiceOption).optional(),
  /** file: allowed MIME types (sniffed from content) and how many files. */
  accept: z.array(z.string().max(100).regex(/^[\w.+-]+\/[\w.+-]+$/)).max(50).optional(),
  maxFiles: z.number().int().min(1).max(20).optional(),
  showIf: ZShowIf.optional(),
});
export type TQuestion = z.infer<typeof ZQuestion>;

export const ZFormSection = z.object({
  id: ZQuestionId,
  title: ZText(200),
  description: ZOptionalText(4000).optional(),
  questions: z.array(ZQuestion),
});
export type TFormSection = z.infer<typeof ZFormSection>;

export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_ATTACHMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
];

export const ZFormDefinition = z
  .object({
    sections: z.array(ZFormSection).min(1),
    /** Per-file size limit for this call's attachments. */
    attachmentMaxBytes: z.number().int().min(1024).max(100 * 1024 * 1024).default(DEFAULT_ATTACHMENT_MAX_BYTES),
  })
  .superRefine(checkFormConsistency)
  .superRefine(checkCompareRules);
export type TFormDefinition = z.infer<typeof ZFormDefinition>;

/**
 * A form as a coordinator saves it: ZFormDefinition plus the bounds on size, condition
 * depth and safe ids. Stored forms are read with ZFormDefinition alone, so a form saved
 * before a bound existed still opens.
 */
export const ZFormDefinitionInput = ZFormDefinition.superRefine(checkFormBounds);

function checkFormBounds(form: TFormDefinition, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (form.sections.length > FORM_LIMITS.sections) issue(['sections'], 'form.sections.tooMany');
  if (allQuestions(form).length > FORM_LIMITS.questions) issue(['sections'], 'form.questions.tooMany');
  /** How many show-if links lead to each question: one pass, conditions name earlier questions. */
  const depth = new Map<string, number>();
  form.sections.forEach((section, s) => {
    if (RESERVED_QUESTION_IDS.has(section.id)) issue(['sections', s, 'id'], 'form.id.reserved');
    if (section.questions.length > FORM_LIMITS.questionsPerSection) issue(['sections', s, 'questions'], 'form.questions.tooMany');
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      if (RESERVED_QUESTION_IDS.has(question.id)) issue([...path, 'id'], 'form.id.reserved');
      if ((question.options?.length ?? 0) > FORM_LIMITS.options) issue([...path, 'options'], 'form.options.tooMany');
      question.options?.forEach((option, o) => {
        if (RESERVED_QUESTION_IDS.has(option.value)) issue([...path, 'options', o, 'value'], 'form.id.reserved');
      });
      const links = question.showIf ? (depth.get(question.showIf.questionId) ?? 0) + 1 : 0;
      if (question.showIf && question.showIf.values.length > FORM_LIMITS.showIfValues) issue([...path, 'showIf', 'values'], 'form.showIf.tooManyValues');
      if (links > FORM_LIMITS.showIfDepth) issue([...path, 'showIf', 'questionId'], 'form.showIf.tooDeep');
      depth.set(question.id, links);
    });
  });
}

function checkFormConsistency(form: { sections: TFormSection[] }, ctx: z.RefinementCtx): void {
  const seen = new Map<string, TQuestion>();
  const sectionIds = new Set<string>();
  form.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'id'], message: 'form.id.duplicate' });
    sectionIds.add(section.id);
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: 'form.id.duplicate' });
      const isChoice = question.type === 'single_choice' || question.type === 'multiple_choice';
      if (isChoice && (question.options?.length ?? 0) < 2) {
        ctx.addIssue({ code: 'custom', path: [...path, 'options'], message: 'form.options.tooFew' });
      }
      // Answers store the value: two options with one value could not be told apart.
      const values = new Set<string>();
      question.options?.forEach((option, o) => {
        if (values.has(option.value)) ctx.addIssue({ code: 'custom', path: [...path, 'options', o, 'value'], message: 'form.options.duplicate' });
        values.add(option.value);
      });
      if (question.min !== undefined && question.max !== undefined && question.min > question.max) {
        ctx.addIssue({ code: 'custom', path: [...path, 'min'], message: 'form.min.aboveMax' });
      }
      if (question.showIf) {
        const target = seen.get(question.showIf.questionId);
        if (!target) {
          ctx.addIssue({ code: 'custom', path: [...path, 'showIf', 'questionId'], message: 'form.showIf.unknownOrLater' });
        } else if (!['single_choice', 'multiple_choice', 'yes_no'].includes(target.type)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'showIf', 'questionId'], message: 'form.showIf.notAChoice' });
        } else if (!question.showIf.values.every((value) => canBeAnswered(target, value))) {
          // A value no answer can have (true for a choice, an option that does not exist)
          // would hide the question for ever.
          ctx.addIssue({ code: 'custom', path: [...path, 'showIf', 'values'], message: 'form.showIf.unknownValue' });
        }
      }
      seen.set(question.id, question);
    });
  });
}

/** Cross-field rules name another question of the same type (any section, not itself). */
function checkCompareRules(form: { sections: TFormSection[] }, ctx: z.RefinementCtx): void {
  const byId = new Map(allQuestions(form).map((question) => [question.id, question]));
  form.sections.forEach((section, s) => {
    section.questions.forEach((question, q) => {
      if (!question.compare) return;
      const path = ['sections', s, 'questions', q, 'compare', 'questionId'];
      const target = byId.get(question.compare.questionId);
      if (!(COMPARABLE_QUESTION_TYPES as readonly string[]).includes(question.type)) {
        ctx.addIssue({ code: 'custom', path, message: 'form.compare.notComparable' });
      } else if (!target || target.id === question.id) {
        ctx.addIssue({ code: 'custom', path, message: 'form.compare.unknown' });
      } else if (target.type !== question.type) {
        ctx.addIssue({ code: 'custom', path, message: 'form.compare.otherType' });
      }
    });
  });
}

function canBeAnswered(question: TQuestion, value: string | boolean): boolean {
  if (question.type === 'yes_no') return typeof value === 'boolean';
  return typeof value === 'string' && (question.options ?? []).some((option) => option.value === value);
}

export function allQuestions(form: { sections: TFormSection[] }): TQuestion[] {
  return form.sections.flatMap((section) => section.questions);
}
