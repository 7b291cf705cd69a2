import { z } from 'zod';
import { ZDecisionKind } from './decisions';

/** Merge fields a decision letter may use, written `{{name}}` in a template. */
export const LETTER_MERGE_FIELDS = ['organisation', 'projectTitle', 'referenceNumber', 'amount', 'rationale', 'callTitle'] as const;
export type TLetterMergeField = (typeof LETTER_MERGE_FIELDS)[number];
export type TLetterMergeValues = Record<TLetterMergeField, string>;

const FIELD_PATTERN = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Field names used in a template that are not merge fields (a typo would otherwise reach the applicant). */
export function unknownMergeFields(text: string): string[] {
  const known = new Set<string>(LETTER_MERGE_FIELDS);
  return [...new Set([...text.matchAll(FIELD_PATTERN)].map((match) => match[1]!).filter((name) => !known.has(name)))];
}

/** Replaces every `{{field}}` with its value; values are plain text (the e-mail escapes them). */
export function mergeLetter(text: string, values: TLetterMergeValues): string {
  return text.replace(FIELD_PATTERN, (whole, name: string) => (name in values ? values[name as TLetterMergeField] : whole));
}

const mergeable = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((text, context) => {
      const unknown = unknownMergeFields(text);
      if (unknown.length > 0) context.addIssue({ code: 'custom', message: 'decisions.letters.unknownField', params: { fields: unknown } });
    });

export const ZLetterText = z.object({
  subject: z.object({ lv: mergeable(300), en: mergeable(300) }),
  body: z.object({ lv: mergeable(10_000), en: mergeable(10_000) }),
});
export type TLetterText = z.infer<typeof ZLetterText>;

export const ZSaveLetterTemplateRequest = ZLetterText;
export type TSaveLetterTemplateRequest = z.infer<typeof ZSaveLetterTemplateRequest>;

export const ZLetterTemplateResponse = ZLetterText.extend({
  kind: ZDecisionKind,
  /** True while the call has no saved template of this kind and the built-in one applies. */
  isDefault: z.boolean(),
});
export type TLetterTemplateResponse = z.infer<typeof ZLetterTemplateResponse>;

export const ZLetterTemplateListResponse = z.object({ items: z.array(ZLetterTemplateResponse) });
export type TLetterTemplateListResponse = z.infer<typeof ZLetterTemplateListResponse>;

export const ZLetterPreviewRequest = z.object({
  applicationId: z.uuid(),
  /** The kind to preview; defaults to the application's decision. */
  kind: ZDecisionKind.optional(),
  /** Unsaved text from the editor; defaults to the saved (or built-in) template. */
  template: ZLetterText.optional(),
});
export type TLetterPreviewRequest = z.infer<typeof ZLetterPreviewRequest>;

export const ZFeedbackCriterion = z.object({
  name: z.object({ lv: z.string(), en: z.string() }),
  maxScore: z.number().int(),
  /** This application's mean score. */
  score: z.number().nullable(),
  /** The mean over the call's funded (awarded) applications. */
  fundedMean: z.number().nullable(),
});
export const ZFeedbackComment = z.object({ criterionName: z.object({ lv: z.string(), en: z.string() }), comment: z.string() });
export const ZDecisionFeedback = z.object({ criteria: z.array(ZFeedbackCriterion), comments: z.array(ZFeedbackComment) });
export type TDecisionFeedback = z.infer<typeof ZDecisionFeedback>;

const ZRenderedLetter = z.object({ subject: z.string(), body: z.string() });
export const ZLetterPreviewResponse = z.object({
  kind: ZDecisionKind,
  lv: ZRenderedLetter,
  en: ZRenderedLetter,
  feedback: ZDecisionFeedback.nullable(),
});
export type TLetterPreviewResponse = z.infer<typeof ZLetterPreviewResponse>;

export const ZSendLettersResponse = z.object({
  /** Decisions whose letters were queued by this request. */
  queued: z.number().int(),
  /** E-mails queued (one per member of each organisation). */
  emails: z.number().int(),
  /** Decisions whose letters had already gone out before. */
  alreadySent: z.number().int(),
  callStatus: z.string(),
});
export type TSendLettersResponse = z.infer<typeof ZSendLettersResponse>;

/** What the applicant sees once the letters were sent. */
export const ZApplicantDecisionResponse = z.object({
  kind: ZDecisionKind,
  amountCents: z.number().int().nullable(),
  rationale: z.string(),
  decidedAt: z.string(),
  feedback: ZDecisionFeedback.nullable(),
});
export type TApplicantDecisionResponse = z.infer<typeof ZApplicantDecisionResponse>;
