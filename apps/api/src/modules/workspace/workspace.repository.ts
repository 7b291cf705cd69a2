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
   * that were ever submitted (an applicant's draft is not staff business).
   *
   * Application entries are found by walking the log newest first (index on entityType,
   * createdAt) and looking each one's application up by its key, stopping at the 15th match:
   * the set of every submitted application of the coordinator's calls (tens of thousands at a
   * national funder) is never built.
   */
  recentActivity(userId: string): Promise<ActivityRow[]> {
    return this.prisma.$queryRaw<ActivityRow[]>`
      WITH my_calls AS (
        SELECT c.id FROM "Call" c
        JOIN "ProgrammeStaff" ps ON ps."programmeId" = c."programmeId" AND ps."userId" = ${userId}::uuid
      ),
      call_entries AS (
        SELECT l.id, l.action, l."entityType", l."entityId", l."actorId", l."createdAt"
        FROM "AuditLog" l
        WHERE l."entityType" = 'call' AND l."entityId" IN (SELECT id::text FROM my_calls)
        ORDER BY l."createdAt" DESC
        LIMIT ${ACTIVITY_LIMIT}
      ),
      application_entries AS (
        SELECT l.id, l.action, l."entityType", l."entityId", l."actorId", l."createdAt"
        FROM "AuditLog" l
        -- LATERAL … LIMIT 1 keeps this a lookup per log row; a plain EXISTS may be planned as a
        -- hash of every application of the calls, which is the scan this query avoids.
        CROSS JOIN LATERAL (
          SELECT 1 FROM "Application" a
          WHERE a.id = l."entityId"::uuid AND a."submittedAt" IS NOT NULL AND a."callId" IN (SELECT id FROM my_calls)
          LIMIT 1
        ) mine
        WHERE l."entityType" = 'application'
        ORDER BY l."createdAt" DESC
        LIMIT ${ACTIVITY_LIMIT}
      )
      SELECT e.id::text AS id, e.action, e."entityType", e."entityId", u."displayName" AS "actorName", e."createdAt"
      FROM (SELECT * FROM call_entries UNION ALL SELECT * FROM application_entries) e
      LEFT JOIN "User" u ON u.id = e."actorId"
      ORDER BY e."createdAt" DESC, e.id
      LIMIT ${ACTIVITY_LIMIT}`;
  }
}
