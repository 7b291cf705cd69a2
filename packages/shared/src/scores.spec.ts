import { describe, expect, it } from 'vitest';
import { effectiveScore, reviewerWeightedTotal, scoreApplication, type TScoringCriterion, type TScoringReview } from './scores';

const criteria: TScoringCriterion[] = [
  { id: 'impact', maxScore: 5, weight: 2, minScore: 3 },
  { id: 'budget', maxScore: 10, weight: 1, minScore: null },
];

const review = (impact: number | null, budget: number | null, options: { submitted?: boolean; moderated?: Record<string, number> } = {}): TScoringReview => ({
  submitted: options.submitted ?? true,
  scores: {
    impact: { score: impact, moderatedScore: options.moderated?.impact ?? null },
    budget: { score: budget, moderatedScore: options.moderated?.budget ?? null },
  },
});

describe('scoreApplication', () => {
  it('weights and normalises one reviewer to 0–100', () => {
    // (4/5·2 + 6/10·1) / 3 · 100 = (1.6 + 0.6) / 3 · 100 = 73.333…
    const result = scoreApplication(criteria, [review(4, 6)], 20);
    expect(result).toEqual({
      reviewCount: 1,
      reviewerTotals: [73.33],
      weightedTotal: 73.33,
      spread: 0,
      disagreement: false,
      criteria: [
        { criterionId: 'impact', mean: 4, belowMinimum: false },
        { criterionId: 'budget', mean: 6, belowMinimum: false },
      ],
      belowMinimum: [],
    });
  });

  it('averages reviewers, measures the spread and flags a disagreement above the gap', () => {
    // A: (5/5·2 + 10/10) / 3 = 100; B: (2/5·2 + 4/10) / 3 · 100 = 40
    const result = scoreApplication(criteria, [review(5, 10), review(2, 4)], 20);
    expect(result.reviewerTotals).toEqual([100, 40]);
    expect(result.weightedTotal).toBe(70);
    expect(result.spread).toBe(60);
    expect(result.disagreement).toBe(true);
    expect(result.criteria).toEqual([
      { criterionId: 'impact', mean: 3.5, belowMinimum: false },
      { criterionId: 'budget', mean: 7, belowMinimum: false },
    ]);
  });

  it('does not flag reviewers exactly the gap apart', () => {
    const even: TScoringCriterion[] = [{ id: 'x', maxScore: 10, weight: 1, minScore: null }];
    const result = scoreApplication(even, [{ submitted: true, scores: { x: { score: 8, moderatedScore: null } } }, { submitted: true, scores: { x: { score: 6, moderatedScore: null } } }], 20);
    expect(result.spread).toBe(20);
    expect(result.disagreement).toBe(false);
  });

  it('uses the moderated score instead of the original', () => {
    const result = scoreApplication(criteria, [review(5, 10), review(2, 4, { moderated: { impact: 4 } })], 20);
    // B moderated: (4/5·2 + 4/10) / 3 · 100 = 66.666…
    expect(result.reviewerTotals).toEqual([100, 66.67]);
    expect(result.weightedTotal).toBe(83.33);
    expect(result.spread).toBe(33.33);
    expect(result.criteria[0]).toEqual({ criterionId: 'impact', mean: 4.5, belowMinimum: false });
  });

  it('moderation down to zero counts as zero, not as "not moderated"', () => {
    const result = scoreApplication(criteria, [review(5, 10, { moderated: { budget: 0 } })], 20);
    expect(result.weightedTotal).toBe(66.67);
  });

  it('counts submitted reviews only', () => {
    const result = scoreApplication(criteria, [review(5, 10), review(0, 0, { submitted: false })], 20);
    expect(result.reviewCount).toBe(1);
    expect(result.weightedTotal).toBe(100);
    expect(result.disagreement).toBe(false);
  });

  it('has no total, spread or means without reviews', () => {
    expect(scoreApplication(criteria, [], 20)).toEqual({
      reviewCount: 0,
      reviewerTotals: [],
      weightedTotal: null,
      spread: null,
      disagreement: false,
      criteria: [
        { criterionId: 'impact', mean: null, belowMinimum: false },
        { criterionId: 'budget', mean: null, belowMinimum: false },
      ],
      belowMinimum: [],
    });
  });

  it('flags a criterion whose mean is below its minimum', () => {
    const result = scoreApplication(criteria, [review(2, 10), review(3, 10)], 50);
    expect(result.criteria[0]).toEqual({ criterionId: 'impact', mean: 2.5, belowMinimum: true });
    expect(result.belowMinimum).toEqual(['impact']);
  });

  it('counts an unscored criterion as zero in the total but leaves it out of the mean', () => {
    const result = scoreApplication(criteria, [review(5, null), review(5, 10)], 50);
    expect(result.reviewerTotals).toEqual([66.67, 100]);
    expect(result.criteria[1]).toEqual({ criterionId: 'budget', mean: 10, belowMinimum: false });
  });
});

describe('scoring edges', () => {
  it('has no reviewer total when the rubric carries no weight', () => {
    const weightless: TScoringCriterion[] = [{ id: 'impact', maxScore: 5, weight: 0, minScore: null }];
    expect(reviewerWeightedTotal(weightless, review(5, null))).toBeNull();
    expect(scoreApplication(weightless, [review(5, null)], 10)).toMatchObject({ reviewCount: 1, reviewerTotals: [], weightedTotal: null, spread: null, disagreement: false });
  });

  it('counts a criterion scored out of nothing as no contribution', () => {
    const odd: TScoringCriterion[] = [
      { id: 'impact', maxScore: 0, weight: 1, minScore: null },
      { id: 'budget', maxScore: 10, weight: 1, minScore: null },
    ];
    expect(reviewerWeightedTotal(odd, review(3, 10))).toBe(50);
  });

  it('reads a criterion nobody scored as zero, and the moderation when there is one', () => {
    expect(effectiveScore(undefined)).toBeNull();
    expect(effectiveScore({ score: 4, moderatedScore: null })).toBe(4);
    expect(effectiveScore({ score: 4, moderatedScore: 2 })).toBe(2);
    expect(reviewerWeightedTotal(criteria, { submitted: true, scores: {} })).toBe(0);
  });

  it('flags a criterion whose mean is exactly its minimum as met', () => {
    expect(scoreApplication(criteria, [review(3, 5)], 10).belowMinimum).toEqual([]);
    expect(scoreApplication(criteria, [review(2, 5), review(3, 5)], 10).belowMinimum).toEqual(['impact']);
  });

  it('sees no disagreement with one reviewer, whatever the gap', () => {
    expect(scoreApplication(criteria, [review(1, 1)], -1).disagreement).toBe(false);
    expect(scoreApplication(criteria, [review(1, 1), review(1, 1)], -1).disagreement).toBe(true);
  });
});
