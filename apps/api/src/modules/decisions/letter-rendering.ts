import {
  formatEuroCents,
  holdsQuotes,
  mergeLetter,
  type TDecisionFeedback,
  type TLetterMergeValues,
  type TLetterText,
  type TLocale,
} from '@kopa/shared';
import { projectTitleOf } from './decisions.mapper';

export interface LetterSubject {
  referenceNumber: string | null;
  answers: unknown;
  organisationName: string;
  callTitle: { lv: string; en: string };
  amountCents: bigint | null;
  rationale: string;
}

export function mergeValues(subject: LetterSubject, locale: TLocale): TLetterMergeValues {
  return {
    organisation: subject.organisationName,
    projectTitle: projectTitleOf(subject.answers) ?? subject.referenceNumber ?? '',
    referenceNumber: subject.referenceNumber ?? '',
    amount: subject.amountCents === null ? '' : formatEuroCents(Number(subject.amountCents), locale),
    rationale: subject.rationale,
    callTitle: subject.callTitle[locale],
  };
}

/** The letter of one application in one language: the template with its merge fields filled in. */
export function renderLetter(template: TLetterText, subject: LetterSubject, locale: TLocale): { subject: string; body: string } {
  const values = mergeValues(subject, locale);
  const merge = (text: string) => mergeLetter(withoutSecondQuotes(text, subject.organisationName), values);
  return { subject: merge(template.subject[locale]), body: merge(template.body[locale]) };
}

/** A template writes „{{organisation}}”; a name that already holds quotes gets no second pair. */
function withoutSecondQuotes(text: string, organisationName: string): string {
  if (!holdsQuotes(organisationName)) return text;
  return text.replace(/[„“"]\{\{\s*organisation\s*\}\}[”"]/g, '{{organisation}}');
}

function formatScore(value: number | null, locale: TLocale): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV', { maximumFractionDigits: 2 }).format(value);
}

/** Feedback as the e-mail template takes it: names and scores already in the recipient's language. */
export function feedbackParams(feedback: TDecisionFeedback | null, locale: TLocale) {
  if (!feedback) return null;
  return {
    criteria: feedback.criteria.map((c) => ({
      name: c.name[locale] || c.name.lv,
      score: `${formatScore(c.score, locale)} / ${c.maxScore}`,
      fundedMean: `${formatScore(c.fundedMean, locale)} / ${c.maxScore}`,
    })),
    comments: feedback.comments.map((c) => ({ criterion: c.criterionName[locale] || c.criterionName.lv, comment: c.comment })),
  };
}
