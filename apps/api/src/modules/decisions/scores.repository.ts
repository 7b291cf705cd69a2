import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { Prisma } from '../../generated/prisma/client';

type Db = PrismaService | Tx;

/** Assignments that show in the coordinator's scores view (conflicted and released ones are gone). */
const VISIBLE_ASSIGNMENTS = ['pending', 'in_progress', 'submitted'] as const;

export interface CriterionMeanRow {
  applicationId: string;
  criterionId: string;
  mean: number | null;
}

/** Queries of rubric criteria, review scores and the figures derived from them. */
@Injectable()
export class ScoresRepository {
  constructor(private readonly prisma: PrismaService) {}

  criteria(callId: string, db: Db = this.prisma) {
    return db.rubricCriterion.findMany({ where: { callId }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] });
  }

  assignments(applicationId: string) {
    return this.prisma.reviewAssignment.findMany({
      where: { applicationId, status: { in: [...VISIBLE_ASSIGNMENTS] } },
      include: { reviewer: { select: { id: true, displayName: true } }, scores: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** Submitted reviews of these applications with their scores and reviewer (the score matrix). */
  submittedWithScores(applicationIds: string[]) {
    return this.prisma.reviewAssignment.findMany({
      where: { applicationId: { in: applicationIds }, status: 'submitted' },
      include: { reviewer: { select: { displayName: true } }, scores: true },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    });
  }

  userNames(ids: string[]) {
    return this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  }

  findScore(assignmentId: string, criterionId: string, db: Db = this.prisma) {
    return db.reviewScore.findUnique({
      where: { assignmentId_criterionId: { assignmentId, criterionId } },
      include: { assignment: true, criterion: true },
    });
  }

  updateScore(tx: Tx, assignmentId: string, criterionId: string, data: Prisma.ReviewScoreUncheckedUpdateInput) {
    return tx.reviewScore.update({ where: { assignmentId_criterionId: { assignmentId, criterionId } }, data });
  }

  /** Per application and criterion: the mean (moderated ?? score) over submitted reviews. */
  criterionMeans(callId: string, applicationIds?: string[], db: Db = this.prisma) {
    const only = applicationIds ? Prisma.sql`AND ra."applicationId" IN (${Prisma.join(applicationIds.length ? applicationIds : ['00000000-0000-0000-0000-000000000000'])})` : Prisma.empty;
    return db.$queryRaw<CriterionMeanRow[]>`
      SELECT ra."applicationId"::text AS "applicationId", rs."criterionId"::text AS "criterionId",
        AVG(COALESCE(rs."moderatedScore", rs.score))::float8 AS mean
      FROM "ReviewAssignment" ra JOIN "ReviewScore" rs ON rs."assignmentId" = ra.id
      WHERE ra."callId" = ${callId}::uuid AND ra.status = 'submitted' ${only}
      GROUP BY ra."applicationId", rs."criterionId"`;
  }

  /** Per criterion: the mean over the call's awarded applications of their criterion means. */
  fundedMeans(callId: string, db: Db = this.prisma) {
    return db.$queryRaw<{ criterionId: string; mean: number | null }[]>`
      SELECT m."criterionId"::text AS "criterionId", AVG(m.mean)::float8 AS mean FROM (
        SELECT ra."applicationId", rs."criterionId", AVG(COALESCE(rs."moderatedScore", rs.score)) AS mean
        FROM "ReviewAssignment" ra
        JOIN "ReviewScore" rs ON rs."assignmentId" = ra.id
        JOIN "Application" a ON a.id = ra."applicationId"
        WHERE ra."callId" = ${callId}::uuid AND ra.status = 'submitted' AND a.status = 'awarded'
        GROUP BY ra."applicationId", rs."criterionId"
      ) m GROUP BY m."criterionId"`;
  }

  /** Comments the coordinator chose for the applicant, without who wrote them. */
  sharedComments(applicationIds: string[], db: Db = this.prisma) {
    return db.reviewScore.findMany({
      where: { sharedWithApplicant: true, comment: { not: '' }, assignment: { applicationId: { in: applicationIds }, status: 'submitted' } },
      select: { criterionId: true, comment: true, assignment: { select: { applicationId: true } } },
      orderBy: [{ criterionId: 'asc' }, { comment: 'asc' }],
    });
  }
}
