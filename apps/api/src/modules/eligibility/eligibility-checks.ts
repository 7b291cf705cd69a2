import {
  allQuestions,
  buildAnswersSchema,
  computeBudget,
  isEmptyAnswer,
  isQuestionVisible,
  requestedCentsOf,
  ZBudgetLine,
  type TAnswers,
  type TEligibilityAutoResult,
  type TEligibilityCheckName,
  type TFormDefinition,
  type TOrganisationType,
  type TQuestion,
} from '@kopa/shared';
import { z } from 'zod';

export interface EligibilityInput {
  call: {
    eligibleOrganisationTypes: readonly TOrganisationType[];
    eligibleMunicipalityCodes: readonly string[];
    minAwardCents: number;
    maxAwardCents: number;
    ownContributionPercent: number;
  };
  organisation: { type: TOrganisationType; municipalityCode: string };
  form: TFormDefinition;
  /** The answers of the submitted revision. */
  answers: TAnswers;
  /** The application's attachments that are not deleted. */
  attachments: ReadonlyArray<{ id: string; questionId: string }>;
}

type Params = Record<string, string | number>;
const result = (check: TEligibilityCheckName, passed: boolean, params: Params = {}, variant?: string): TEligibilityAutoResult => ({
  check,
  passed,
  reason: { key: `eligibility.reason.${check}.${variant ?? (passed ? 'pass' : 'fail')}`, params },
});

const labels = (questions: TQuestion[]): Params => ({
  count: questions.length,
  questionsLv: questions.map((question) => question.label.lv).join('; '),
  questionsEn: questions.map((question) => question.label.en).join('; '),
});

/**
 * The automatic eligibility checks of one submitted application, each with a reason as a
 * translation key and params. The budget and required-answer rules are the shared ones the
 * form itself uses (packages/shared), so a check never disagrees with what submit enforced.
 */
export function runEligibilityChecks(input: EligibilityInput): TEligibilityAutoResult[] {
  return [
    organisationTypeCheck(input),
    municipalityCheck(input),
    requestedAmountCheck(input),
    ownContributionCheck(input),
    requiredAnswersCheck(input),
    requiredAttachmentsCheck(input),
  ];
}

function organisationTypeCheck({ call, organisation }: EligibilityInput) {
  // An empty list in the call means every type may apply.
  const passed = call.eligibleOrganisationTypes.length === 0 || call.eligibleOrganisationTypes.includes(organisation.type);
  return result('organisationType', passed, { type: organisation.type });
}

function municipalityCheck({ call, organisation }: EligibilityInput) {
  const passed = call.eligibleMunicipalityCodes.length === 0 || call.eligibleMunicipalityCodes.includes(organisation.municipalityCode);
  return result('municipality', passed, { municipality: organisation.municipalityCode });
}

function requestedAmountCheck({ call, form, answers }: EligibilityInput) {
  const requested = requestedCentsOf(form, answers);
  if (requested === null) return result('requestedAmount', false, {}, 'missing');
  const params = { requestedCents: requested, minCents: call.minAwardCents, maxCents: call.maxAwardCents };
  if (requested < call.minAwardCents) return result('requestedAmount', false, params, 'belowMin');
  if (requested > call.maxAwardCents) return result('requestedAmount', false, params, 'aboveMax');
  return result('requestedAmount', true, params);
}

function ownContributionCheck({ call, form, answers }: EligibilityInput) {
  const budgetQuestion = allQuestions(form).find(
    (question) => question.type === 'budget_table' && z.array(ZBudgetLine).min(1).safeParse(answers[question.id]).success,
  );
  if (!budgetQuestion) return result('ownContribution', false, { requiredPercent: call.ownContributionPercent }, 'missing');
  const totals = computeBudget(z.array(ZBudgetLine).parse(answers[budgetQuestion.id]));
  const passed = totals.ownContributionBasisPoints >= call.ownContributionPercent * 100;
  return result('ownContribution', passed, {
    actualPercent: totals.ownContributionBasisPoints / 100,
    requiredPercent: call.ownContributionPercent,
    ownContributionCents: totals.ownContributionCents,
    totalCents: totals.totalCents,
  });
}

function requiredAnswersCheck({ form, answers }: EligibilityInput) {
  // The submit schema of the form, without budget limits (the two checks above report those).
  const parsed = buildAnswersSchema(form, 'submit').safeParse(answers);
  const failing = new Set((parsed.error?.issues ?? []).map((issue) => String(issue.path[0] ?? '')));
  const questions = allQuestions(form).filter((question) => question.type !== 'file' && failing.has(question.id));
  return result('requiredAnswers', questions.length === 0, questions.length ? labels(questions) : {});
}

function requiredAttachmentsCheck({ form, answers, attachments }: EligibilityInput) {
  const missing = allQuestions(form).filter((question) => {
    if (question.type !== 'file' || !question.required || !isQuestionVisible(question, answers, form)) return false;
    const ids = answers[question.id];
    if (isEmptyAnswer(ids) || !Array.isArray(ids)) return true;
    const uploaded = new Set(attachments.filter((file) => file.questionId === question.id).map((file) => file.id));
    return !(ids as string[]).every((id) => uploaded.has(id));
  });
  return result('requiredAttachments', missing.length === 0, missing.length ? labels(missing) : {});
}

export function allChecksPassed(results: readonly TEligibilityAutoResult[]): boolean {
  return results.every((entry) => entry.passed);
}
