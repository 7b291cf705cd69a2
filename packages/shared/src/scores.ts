/**
 * Scoring arithmetic of reviews, in one pure function so the rule is written once and
 * tested with exact numbers. The ranked list computes the same figures in SQL
 * (apps/api/src/modules/decisions/scores.sql.ts); a test checks that both agree.
 *
 * - A reviewer's weighted total: Σ (score / max × weight) / Σ weight × 100 over every
 *   criterion of the call, using the coordinator's moderated score when there is one; a
 *   criterion left unscored counts as 0.
 * - The application's weighted total: the mean of its submitted reviewers' totals.
 * - Mean per criterion: over the submitted reviewers who scored it.
 * - Spread: highest minus lowest reviewer total; a disagreement when it exceeds the call's gap.
 * - A criterion is below its minimum when its mean is under `minScore`.
 * Figures are rounded to two decimals at the end only.
 */

export interface TScoringCriterion {
  id: string;
  maxScore: number;
  weight: number;
  minScore: number | null;
}

export interface TScoringReview {
  /** Only submitted reviews count; drafts, conflicts and released assignments are ignored. */
  submitted: boolean;
  /** criterionId → the reviewer's score and the coordinator's moderated score. */
  scores: Record<string, { score: number | null; moderatedScore: number | null } | undefined>;
}

export interface TCriterionResult {
  criterionId: string;
  mean: number | null;
  belowMinimum: boolean;
}

export interface TApplicationScore {
  reviewCount: number;
  /** Each submitted reviewer's weighted total (0–100), in input order. */
  reviewerTotals: number[];
  weightedTotal: number | null;
  spread: number | null;
  disagreement: boolean;
  criteria: TCriterionResult[];
  /** Ids of criteria whose mean is below their minimum. */
  belowMinimum: string[];
}

export const round2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;

/** The score that counts: the coordinator's moderation when set, else the reviewer's. */
export function effectiveScore(entry: { score: number | null; moderatedScore: number | null } | undefined): number | null {
  if (!entry) return null;
  return entry.moderatedScore ?? entry.score;
}

/** One reviewer's weighted total, unrounded (0–100); null when the rubric has no weight. */
export function reviewerWeightedTotal(criteria: readonly TScoringCriterion[], review: TScoringReview): number | null {
  const weightSum = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (weightSum <= 0) return null;
  const weighted = criteria.reduce((sum, criterion) => {
    const score = effectiveScore(review.scores[criterion.id]) ?? 0;
    return criterion.maxScore > 0 ? sum + (score / criterion.maxScore) * criterion.weight : sum;
  }, 0);
  return (weighted / weightSum) * 100;
}

export function scoreApplication(
  criteria: readonly TScoringCriterion[],
  reviews: readonly TScoringReview[],
  disagreementGap: number,
): TApplicationScore {
  const submitted = reviews.filter((review) => review.submitted);
  const totals = submitted.map((review) => reviewerWeightedTotal(criteria, review)).filter((total): total is number => total !== null);
  const weightedTotal = totals.length > 0 ? totals.reduce((sum, total) => sum + total, 0) / totals.length : null;
  const spread = totals.length > 0 ? Math.max(...totals) - Math.min(...totals) : null;

  const criteriaResults = criteria.map((criterion): TCriterionResult => {
    const scores = submitted.map((review) => effectiveScore(review.scores[criterion.id])).filter((score): score is number => score !== null);
    const mean = scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : null;
    const belowMinimum = criterion.minScore !== null && mean !== null && mean < criterion.minScore;
    return { criterionId: criterion.id, mean: mean === null ? null : round2(mean), belowMinimum };
  });

  return {
    reviewCount: submitted.length,
    reviewerTotals: totals.map(round2),
    weightedTotal: weightedTotal === null ? null : round2(weightedTotal),
    spread: spread === null ? null : round2(spread),
    // Compared rounded (as shown, and as SQL does): two reviewers exactly `gap` apart are not a disagreement.
    disagreement: totals.length >= 2 && spread !== null && round2(spread) > disagreementGap,
    criteria: criteriaResults,
    belowMinimum: criteriaResults.filter((result) => result.belowMinimum).map((result) => result.criterionId),
  };
}
