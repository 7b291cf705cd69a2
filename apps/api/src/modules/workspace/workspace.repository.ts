import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

export interface CallStatusCountRow {
  id: string;
  code: string;
  titleLv: string;
  titleEn: string;
  status: string;
  closesAt: Date;
  applicationStatus: string | null;
  count: number;
}

export interface AttentionRow {
  applicationId: string;
  referenceNumber: string | null;
  organisationName: string;
  callCode: string;
  since: Date;
}

export interface ActivityRow {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  createdAt: Date;
}

const CALL_LIMIT = 50;
const ATTENTION_LIMIT = 20;
const ACTIVITY_LIMIT = 15;

/**
 * The coordinator home's SQL. Every query is scoped by ProgrammeStaff: a coordinator sees
 * only the calls, applications and activity of the programmes they run.
 */
@Injectable()
export class WorkspaceRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One row per (call, application status), counted in the database; calls with none get one row with a null status. */
  callStatusCounts(userId: string): Promise<CallStatusCountRow[]> {
    return this.prisma.$queryRaw<CallStatusCountRow[]>`
      WITH my_calls AS (
        SELECT c.id, c.code, c."titleLv", c."titleEn", c.status::text AS status, c."closesAt"
        FROM "Call" c
        JOIN "ProgrammeStaff" ps ON ps."programmeId" = c."programmeId" AND ps."userId" = ${userId}::uuid
        WHERE c.status <> 'archived'
        ORDER BY c."closesAt" DESC
        LIMIT ${CALL_LIMIT}
      )
      SELECT mc.id::text AS id, mc.code, mc."titleLv", mc."titleEn", mc.status, mc."closesAt",
             -- count(a."callId"), not count(a.id): both are 0 for a call without applications, and
             -- callId and status are in an index, so the counts come from it (an index-only scan).
             a.status::text AS "applicationStatus", count(a."callId")::int AS count
      FROM my_calls mc
      LEFT JOIN "Application" a ON a."callId" = mc.id
      GROUP BY mc.id, mc.code, mc."titleLv", mc."titleEn", mc.status, mc."closesAt", a.status
      ORDER BY mc."closesAt" DESC, mc.id`;
  }

  /** Submitted applications whose clarification the applicant has answered, not yet taken further. */
  clarificationsAnswered(userId: string): Promise<AttentionRow[]> {
    return this.prisma.$queryRaw<AttentionRow[]>`
      SELECT a.id::text AS "applicationId", a."referenceNumber", o."legalName" AS "organisationName",
             c.code AS "callCode", max(cr."resolvedAt") AS since
      FROM "Application" a
      JOIN "Call" c ON c.id = a."callId"
      JOIN "ProgrammeStaff" ps ON ps."programmeId" = c."programmeId" AND ps."userId" = ${userId}::uuid
      JOIN "Organisation" o ON o.id = a."organisationId"
      JOIN "ClarificationRequest" cr ON cr."applicationId" = a.id AND cr."resolvedAt" IS NOT NULL
      WHERE a.status = 'submitted'
      GROUP BY a.id, a."referenceNumber", o."legalName", c.code
      ORDER BY since DESC
      LIMIT ${ATTENTION_LIMIT}`;
  }

  pendingClaimCount(): Promise<number> {
    return this.prisma.organisationClaim.count({ where: { status: 'pending' } });
  }

  /**
   * The latest audit entries about the coordinator's calls and about applications to them
   * that were submitted (an applicant's draft is not staff business): the entries whose
   * callId (set by the database on insert) is one of the coordinator's calls, read newest
   * first per call from the ("callId", "createdAt") index, so drafts being saved by thousands
   * of applicants are never walked.
   */
  recentActivity(userId: string): Promise<ActivityRow[]> {
    return this.prisma.$queryRaw<ActivityRow[]>`
      SELECT e.id::text AS id, e.action, e."entityType", e."entityId", u."displayName" AS "actorName", e."createdAt"
      FROM "Call" c
      JOIN "ProgrammeStaff" ps ON ps."programmeId" = c."programmeId" AND ps."userId" = ${userId}::uuid
      CROSS JOIN LATERAL (
        SELECT l.id, l.action, l."entityType", l."entityId", l."actorId", l."createdAt"
        FROM "AuditLog" l
        WHERE l."callId" = c.id
        ORDER BY l."createdAt" DESC
        LIMIT ${ACTIVITY_LIMIT}
      ) e
      LEFT JOIN "User" u ON u.id = e."actorId"
      ORDER BY e."createdAt" DESC, e.id
      LIMIT ${ACTIVITY_LIMIT}`;
  }
}
