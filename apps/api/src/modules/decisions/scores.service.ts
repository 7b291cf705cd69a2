import { Injectable } from '@nestjs/common';
import {
  effectiveScore,
  reviewerWeightedTotal,
  round2,
  scoreApplication,
  type TApplicationScoresResponse,
  type TModerateScoreRequest,
  type TScoringCriterion,
  type TAuditAction,
} from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { ReviewScore } from '../../generated/prisma/client';
import { DecisionApplications } from './decision-applications';
import { DecisionsRepository } from './decisions.repository';
import { ScoresRepository } from './scores.repository';
import { allowedDecisions, decisionResponse, projectTitleOf } from './decisions.mapper';
import { isCallDecided } from './budget';

/** The coordinator's scores view of one application, moderation and the comments shared with the applicant. */
@Injectable()
export class ScoresService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly applications: DecisionApplications,
    private readonly decisions: DecisionsRepository,
    private readonly scores: ScoresRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async view(principal: Principal, applicationId: string): Promise<TApplicationScoresResponse> {
    const application = await this.applications.forStaff(principal, applicationId);
    const [criteria, assignments] = await Promise.all([this.scores.criteria(application.callId), this.scores.assignments(applicationId)]);
    const rubric: TScoringCriterion[] = criteria.map((criterion) => ({ ...criterion }));
    const reviews = assignments.map((assignment) => ({
      submitted: assignment.status === 'submitted',
      scores: Object.fromEntries(assignment.scores.map((score) => [score.criterionId, score])),
    }));
    const result = scoreApplication(rubric, reviews, application.call.disagreementGap);
    const moderatorIds = [...new Set(assignments.flatMap((a) => a.scores.map((s) => s.moderatedById)).filter((id): id is string => !!id))];
    const moderators = new Map((await this.scores.userNames(moderatorIds)).map((user) => [user.id, user.displayName]));
    const decision = application.decision;

    return {
      application: {
        id: application.id,
        callId: application.callId,
        referenceNumber: application.referenceNumber,
        organisationName: application.organisation.legalName,
        projectTitle: projectTitleOf(application.answers),
        status: application.status,
        requestedCents: application.requestedCents === null ? null : Number(application.requestedCents),
      },
      disagreementGap: application.call.disagreementGap,
      criteria: criteria.map((criterion, index) => ({
        id: criterion.id,
        name: { lv: criterion.nameLv, en: criterion.nameEn },
        maxScore: criterion.maxScore,
        weight: criterion.weight,
        minScore: criterion.minScore,
        mean: result.criteria[index]!.mean,
        belowMinimum: result.criteria[index]!.belowMinimum,
      })),
      summary: { reviewCount: result.reviewCount, weightedTotal: result.weightedTotal, spread: result.spread, disagreement: result.disagreement },
      reviewers: assignments.map((assignment, index) => {
        const submitted = assignment.status === 'submitted';
        const total = submitted ? reviewerWeightedTotal(rubric, reviews[index]!) : null;
        const byCriterion = new Map(assignment.scores.map((score) => [score.criterionId, score]));
        return {
          assignmentId: assignment.id,
          reviewerId: assignment.reviewer.id,
          reviewerName: assignment.reviewer.displayName,
          status: assignment.status as 'pending' | 'in_progress' | 'submitted',
          submittedAt: assignment.submittedAt?.toISOString() ?? null,
          comment: submitted ? assignment.comment : '',
          total: total === null ? null : round2(total),
          // A draft stays the reviewer's own until they submit it.
          scores: !submitted
            ? []
            : criteria.flatMap((criterion) => {
                const score = byCriterion.get(criterion.id);
                if (!score) return [];
                return [
                  {
                    criterionId: criterion.id,
                    score: score.score,
                    moderatedScore: score.moderatedScore,
                    effectiveScore: effectiveScore(score),
                    moderationReason: score.moderationReason,
                    moderatedByName: score.moderatedById ? (moderators.get(score.moderatedById) ?? null) : null,
                    moderatedAt: score.moderatedAt?.toISOString() ?? null,
                    comment: score.comment,
                    sharedWithApplicant: score.sharedWithApplicant,
                  },
                ];
              }),
        };
      }),
      decision: decision ? decisionResponse(decision, await this.decisions.userName(decision.decidedById)) : null,
      allowedDecisions: isCallDecided(application.call.status) ? [] : allowedDecisions(application.status),
      moderationOpen: !isCallDecided(application.call.status) && !decision?.letterQueuedAt,
    };
  }

  async moderate(principal: Principal, applicationId: string, assignmentId: string, criterionId: string, input: TModerateScoreRequest) {
    await this.prisma.$transaction(async (tx) => {
      const score = await this.openScore(tx, principal, applicationId, assignmentId, criterionId);
      if (input.moderatedScore > score.criterion.maxScore) {
        throw Problems.validation([{ path: 'moderatedScore', code: 'too_big', message: 'decisions.moderation.aboveMaximum' }]);
      }
      const after = await this.scores.updateScore(tx, assignmentId, criterionId, {
        moderatedScore: input.moderatedScore,
        moderationReason: input.reason,
        moderatedById: principal.id,
        moderatedAt: this.clock.now(),
      });
      await this.recordAudit(tx, principal, 'review_score.moderated', score, after);
    });
    return this.view(principal, applicationId);
  }

  async removeModeration(principal: Principal, applicationId: string, assignmentId: string, criterionId: string) {
    await this.prisma.$transaction(async (tx) => {
      const score = await this.openScore(tx, principal, applicationId, assignmentId, criterionId);
      if (score.moderatedScore === null) throw Problems.notFound('This score is not moderated.');
      const after = await this.scores.updateScore(tx, assignmentId, criterionId, {
        moderatedScore: null,
        moderationReason: null,
        moderatedById: null,
        moderatedAt: null,
      });
      await this.recordAudit(tx, principal, 'review_score.moderation_removed', score, after);
    });
    return this.view(principal, applicationId);
  }

  async share(principal: Principal, applicationId: string, assignmentId: string, criterionId: string, shared: boolean) {
    await this.prisma.$transaction(async (tx) => {
      const score = await this.openScore(tx, principal, applicationId, assignmentId, criterionId);
      const after = await this.scores.updateScore(tx, assignmentId, criterionId, { sharedWithApplicant: shared });
      await this.recordAudit(tx, principal, shared ? 'review_score.shared' : 'review_score.unshared', score, after);
    });
    return this.view(principal, applicationId);
  }

  /** A submitted score of this application, while its decision letter has not gone out. */
  private async openScore(tx: Tx, principal: Principal, applicationId: string, assignmentId: string, criterionId: string) {
    const application = await this.applications.forStaff(principal, applicationId, tx);
    const score = await this.scores.findScore(assignmentId, criterionId, tx);
    if (!score || score.assignment.applicationId !== applicationId) throw Problems.notFound();
    if (score.assignment.status !== 'submitted' || score.score === null) {
      throw Problems.invalidTransition('Only scores of a submitted review can be moderated or shared.');
    }
    if (isCallDecided(application.call.status) || application.decision?.letterQueuedAt) {
      throw Problems.invalidTransition('The decision letters were already sent; the scores are a record now.');
    }
    return score;
  }

  private recordAudit(tx: Tx, principal: Principal, action: TAuditAction, before: ReviewScore, after: ReviewScore) {
    const pick = (s: ReviewScore) => ({
      score: s.score,
      moderatedScore: s.moderatedScore,
      moderationReason: s.moderationReason,
      moderatedById: s.moderatedById,
      sharedWithApplicant: s.sharedWithApplicant,
    });
    const { assignmentId, criterionId } = after;
    return this.audit.record(tx, {
      actorId: principal.id,
      action,
      entityType: 'review_score',
      entityId: `${assignmentId}:${criterionId}`,
      before: pick(before),
      after: pick(after),
    });
  }
}
