import { Injectable } from '@nestjs/common';
import { round2, type TDecisionFeedback } from '@kopa/shared';
import type { Tx } from '../../prisma/prisma.service';
import { ScoresRepository } from './scores.repository';

/**
 * Feedback to applicants: their per-criterion mean score against the mean of the call's
 * funded applications, and the reviewer comments the coordinator chose, with no names.
 */
@Injectable()
export class FeedbackService {
  constructor(private readonly scores: ScoresRepository) {}

  async forApplications(callId: string, applicationIds: string[], tx?: Tx): Promise<Map<string, TDecisionFeedback>> {
    const [criteria, means, funded, comments] = await Promise.all([
      this.scores.criteria(callId, tx),
      this.scores.criterionMeans(callId, applicationIds, tx),
      this.scores.fundedMeans(callId, tx),
      this.scores.sharedComments(applicationIds, tx),
    ]);
    const fundedBy = new Map(funded.map((row) => [row.criterionId, row.mean]));
    const meanBy = new Map(means.map((row) => [`${row.applicationId}:${row.criterionId}`, row.mean]));
    const nameBy = new Map(criteria.map((criterion) => [criterion.id, { lv: criterion.nameLv, en: criterion.nameEn }]));
    const position = new Map(criteria.map((criterion, index) => [criterion.id, index]));
    const rounded = (value: number | null | undefined) => (value === null || value === undefined ? null : round2(value));

    return new Map(
      applicationIds.map((applicationId) => [
        applicationId,
        {
          criteria: criteria.map((criterion) => ({
            name: { lv: criterion.nameLv, en: criterion.nameEn },
            maxScore: criterion.maxScore,
            score: rounded(meanBy.get(`${applicationId}:${criterion.id}`)),
            fundedMean: rounded(fundedBy.get(criterion.id)),
          })),
          comments: comments
            .filter((row) => row.assignment.applicationId === applicationId && nameBy.has(row.criterionId))
            .sort((a, b) => position.get(a.criterionId)! - position.get(b.criterionId)! || a.comment.localeCompare(b.comment))
            .map((row) => ({ criterionName: nameBy.get(row.criterionId)!, comment: row.comment })),
        },
      ]),
    );
  }
}
