import type { TAnswers } from '@kopa/shared';
import { sampleFormDefinition } from '../../test/call-form-factories';
import { completeAnswers } from '../../test/application-factories';
import { runEligibilityChecks, type EligibilityInput } from './eligibility-checks';

const form = sampleFormDefinition();
const fileQuestion = form.sections.flatMap((section) => section.questions).find((question) => question.type === 'file')!;
// The sample form's attachments are optional; the checks must also hold for a required one.
const formWithRequiredFile = {
  ...form,
  sections: form.sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) => (question.id === fileQuestion.id ? { ...question, required: true, showIf: undefined } : question)),
  })),
};

function input(overrides: Partial<EligibilityInput> = {}, answers: TAnswers = completeAnswers()): EligibilityInput {
  return {
    call: { eligibleOrganisationTypes: ['association', 'school'], eligibleMunicipalityCodes: ['preili', 'ludza'], minAwardCents: 50_000, maxAwardCents: 300_000, ownContributionPercent: 10 },
    organisation: { type: 'association', municipalityCode: 'preili' },
    form,
    answers,
    attachments: [],
    ...overrides,
  };
}

const byCheck = (source: EligibilityInput) => Object.fromEntries(runEligibilityChecks(source).map((result) => [result.check, result]));

describe('automatic eligibility checks', () => {
  it('passes a complete application of an eligible organisation within the limits, with a reason for each', () => {
    const results = runEligibilityChecks(input());
    expect(results.map((result) => [result.check, result.passed])).toEqual([
      ['organisationType', true],
      ['municipality', true],
      ['requestedAmount', true],
      ['ownContribution', true],
      ['requiredAnswers', true],
      ['requiredAttachments', true],
    ]);
    expect(byCheck(input()).requestedAmount!.reason).toEqual({
      key: 'eligibility.reason.requestedAmount.pass',
      params: { requestedCents: 99_000, minCents: 50_000, maxCents: 300_000 },
    });
  });

  it('fails an organisation type the call does not admit', () => {
    expect(byCheck(input({ organisation: { type: 'foundation', municipalityCode: 'preili' } })).organisationType).toEqual({
      check: 'organisationType',
      passed: false,
      reason: { key: 'eligibility.reason.organisationType.fail', params: { type: 'foundation' } },
    });
  });

  it('fails a municipality outside the call', () => {
    const result = byCheck(input({ organisation: { type: 'association', municipalityCode: 'riga' } })).municipality!;
    expect(result).toMatchObject({ passed: false, reason: { key: 'eligibility.reason.municipality.fail', params: { municipality: 'riga' } } });
  });

  it('fails a requested amount below the minimum or above the maximum award', () => {
    const below = byCheck(input({ call: { ...input().call, minAwardCents: 100_000 } })).requestedAmount!;
    expect(below).toMatchObject({ passed: false, reason: { key: 'eligibility.reason.requestedAmount.belowMin' } });
    const above = byCheck(input({ call: { ...input().call, maxAwardCents: 90_000 } })).requestedAmount!;
    expect(above).toMatchObject({ passed: false, reason: { key: 'eligibility.reason.requestedAmount.aboveMax', params: { requestedCents: 99_000, maxCents: 90_000 } } });
  });

  it('fails an own contribution below the call\'s share and says how much it is', () => {
    const result = byCheck(input({ call: { ...input().call, ownContributionPercent: 15 } })).ownContribution!;
    expect(result).toEqual({
      check: 'ownContribution',
      passed: false,
      reason: { key: 'eligibility.reason.ownContribution.fail', params: { actualPercent: 10, requiredPercent: 15, ownContributionCents: 11_000, totalCents: 110_000 } },
    });
  });

  it('fails amount and contribution when there is no budget at all', () => {
    const results = byCheck(input({}, completeAnswers({ budget: null })));
    expect(results.requestedAmount).toMatchObject({ passed: false, reason: { key: 'eligibility.reason.requestedAmount.missing' } });
    expect(results.ownContribution).toMatchObject({ passed: false, reason: { key: 'eligibility.reason.ownContribution.missing' } });
  });

  it('fails missing required answers and names the questions in both languages', () => {
    const result = byCheck(input({}, completeAnswers({ project_title: null, participants: null }))).requiredAnswers!;
    expect(result).toEqual({
      check: 'requiredAnswers',
      passed: false,
      reason: {
        key: 'eligibility.reason.requiredAnswers.fail',
        params: { count: 2, questionsLv: 'Projekta nosaukums; Plānotais dalībnieku skaits', questionsEn: 'Project title; Planned number of participants' },
      },
    });
  });

  it('fails a required attachment that is missing or whose file is gone, passes one that is uploaded', () => {
    const fileId = '11111111-1111-4111-8111-111111111111';
    const base = { form: formWithRequiredFile };
    expect(byCheck(input(base)).requiredAttachments).toMatchObject({ passed: false, reason: { params: { count: 1 } } });
    const claimed = completeAnswers({ [fileQuestion.id]: [fileId] });
    expect(byCheck(input(base, claimed)).requiredAttachments!.passed).toBe(false);
    const uploaded = input({ ...base, attachments: [{ id: fileId, questionId: fileQuestion.id }] }, claimed);
    expect(byCheck(uploaded).requiredAttachments).toEqual({
      check: 'requiredAttachments',
      passed: true,
      reason: { key: 'eligibility.reason.requiredAttachments.pass', params: {} },
    });
  });
});
