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

/** Stable ids: answers, conditions and clarification requests refer to them. */
export const ZQuestionId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { message: 'form.id.format' });

export const ZChoiceOption = z.object({ value: ZQuestionId, label: ZText(200) });

/** Show the question only when another (earlier) question's answer is one of `values`. */
export const ZShowIf = z.object({
  questionId: ZQuestionId,
  values: z.array(z.union([z.string(), z.boolean()])).min(1),
});
export type TShowIf = z.infer<typeof ZShowIf>;

export const BUDGET_CATEGORIES = ['staff', 'travel', 'equipment', 'materials', 'services', 'venue', 'other'] as const;
export const ZBudgetCategory = z.enum(BUDGET_CATEGORIES);

export const ZQuestion = z.object({
  id: ZQuestionId,
  type: ZQuestionType,
  label: ZText(300),
  help: ZOptionalText(2000).optional(),
  required: z.boolean().default(false),
  /** long_text and short_text: maximum characters as the browser counts them (grapheme clusters). */
  maxLength: z.number().int().min(1).max(50_000).optional(),
  /** number and money (money in cents). */
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  /** single_choice and multiple_choice. */
  options: z.array(ZChoiceOption).optional(),
  /** file: allowed MIME types (sniffed from content) and how many files. */
  accept: z.array(z.string().regex(/^[\w.+-]+\/[\w.+-]+$/)).optional(),
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
  .superRefine(checkFormConsistency);
export type TFormDefinition = z.infer<typeof ZFormDefinition>;

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

function canBeAnswered(question: TQuestion, value: string | boolean): boolean {
  if (question.type === 'yes_no') return typeof value === 'boolean';
  return typeof value === 'string' && (question.options ?? []).some((option) => option.value === value);
}

export function allQuestions(form: { sections: TFormSection[] }): TQuestion[] {
  return form.sections.flatMap((section) => section.questions);
}
