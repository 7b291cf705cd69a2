import { RANKED_STATUSES, type TRankedListQuery } from '@kopa/shared';
import { Prisma } from '../../generated/prisma/client';

/**
 * The scoring rule of packages/shared/src/scores.ts in SQL, so the ranked list of a call
 * with thousands of applications is scored, filtered, sorted and paged in the database.
 * A reviewer's total: Σ (moderated ?? score ?? 0) / max × weight / Σ weight × 100 over the
 * call's criteria; the application's: the mean over submitted reviews; rounded to 2 decimals.
 */
export function scoredApplicationsCte(callId: string): Prisma.Sql {
  return Prisma.sql`
    crit AS (
      SELECT id, "maxScore", weight, "minScore" FROM "RubricCriterion" WHERE "callId" = ${callId}::uuid
    ),
    weights AS (SELECT NULLIF(SUM(weight), 0)::numeric AS total FROM crit),
    submitted AS (
      SELECT id, "applicationId" FROM "ReviewAssignment" WHERE "callId" = ${callId}::uuid AND status = 'submitted'
    ),
    -- A score missing from a submitted review counts 0: summing only the rows that exist is the same.
    reviewer_total AS (
      SELECT s."applicationId", s.id,
        COALESCE(SUM(COALESCE(rs."moderatedScore", rs.score, 0)::numeric / c."maxScore" * c.weight), 0)
          / (SELECT total FROM weights) * 100 AS total
      FROM submitted s
      LEFT JOIN "ReviewScore" rs ON rs."assignmentId" = s.id
      LEFT JOIN crit c ON c.id = rs."criterionId" AND c."maxScore" > 0
      GROUP BY s."applicationId", s.id
    ),
    app_score AS (
      SELECT "applicationId", AVG(total) AS total, MAX(total) - MIN(total) AS spread, COUNT(total) AS totals
      FROM reviewer_total GROUP BY "applicationId"
    ),
    review_count AS (SELECT "applicationId", COUNT(*)::int AS n FROM submitted GROUP BY "applicationId"),
    below AS (
      SELECT DISTINCT m."applicationId" FROM (
        SELECT s."applicationId", c."minScore", AVG(COALESCE(rs."moderatedScore", rs.score)) AS mean
        FROM submitted s
        JOIN "ReviewScore" rs ON rs."assignmentId" = s.id
        JOIN crit c ON c.id = rs."criterionId"
        WHERE c."minScore" IS NOT NULL
        GROUP BY s."applicationId", c.id, c."minScore"
      ) m WHERE m.mean < m."minScore"
    ),
    ranked AS (
      SELECT a.id, a."referenceNumber", o."legalName" AS "organisationName",
        -- The column kept on every save, not answers->>'project_title': the answers document would
        -- be carried through the window's sort (rows of ≈1.3 KB; 23 MB spilled to disk for 20,000).
        NULLIF(a."projectTitle", '') AS "projectTitle",
        a.status::text AS status, a."requestedCents", a."awardedCents",
        COALESCE(rc.n, 0) AS "reviewCount",
        ROUND(sc.total, 2)::float8 AS "weightedTotal",
        ROUND(sc.spread, 2)::float8 AS "spread",
        (COALESCE(sc.totals, 0) >= 2 AND ROUND(sc.spread, 2) > cl."disagreementGap") AS disagreement,
        (b."applicationId" IS NOT NULL) AS "belowMinimum",
        RANK() OVER (ORDER BY ROUND(sc.total, 2) DESC NULLS LAST)::int AS rank,
        d.kind::text AS "decisionKind", d."amountCents" AS "decisionAmountCents", d.rationale AS "decisionRationale",
        d."letterQueuedAt" AS "letterQueuedAt"
      FROM "Application" a
      JOIN "Call" cl ON cl.id = a."callId"
      JOIN "Organisation" o ON o.id = a."organisationId"
      LEFT JOIN app_score sc ON sc."applicationId" = a.id
      LEFT JOIN review_count rc ON rc."applicationId" = a.id
      LEFT JOIN below b ON b."applicationId" = a.id
      LEFT JOIN "Decision" d ON d."applicationId" = a.id
      WHERE a."callId" = ${callId}::uuid AND a.status::text IN (${Prisma.join([...RANKED_STATUSES])})
    )`;
}

export interface RankedRow {
  id: string;
  referenceNumber: string | null;
  organisationName: string;
  projectTitle: string | null;
  status: (typeof RANKED_STATUSES)[number];
  requestedCents: bigint | null;
  awardedCents: bigint | null;
  reviewCount: number;
  weightedTotal: number | null;
  spread: number | null;
  disagreement: boolean;
  belowMinimum: boolean;
  rank: number;
  decisionKind: 'award' | 'waitlist' | 'reject' | null;
  decisionAmountCents: bigint | null;
  decisionRationale: string | null;
  letterQueuedAt: Date | null;
  totalCount: number;
}

const SORT_COLUMNS: Record<NonNullable<TRankedListQuery['sort']>, string> = {
  total: '"weightedTotal"',
  requested: '"requestedCents"',
  reference: '"referenceNumber"',
};

/** The whole ranked list of the call, best first (the export reads it through a cursor). */
export function rankedListSql(callId: string): Prisma.Sql {
  return Prisma.sql`
    WITH ${scoredApplicationsCte(callId)}
    SELECT * FROM ranked
    ORDER BY "weightedTotal" DESC NULLS LAST, "referenceNumber" ASC, id ASC`;
}

/** One page of the ranked list, with the number of rows matching the filters. */
export function rankedPageSql(
  callId: string,
  query: { page: number; pageSize: number; status?: string; flag?: string; sort: keyof typeof SORT_COLUMNS; order: 'asc' | 'desc' },
): Prisma.Sql {
  const filters: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.status) filters.push(Prisma.sql`status = ${query.status}`);
  if (query.flag === 'disagreement') filters.push(Prisma.sql`disagreement`);
  if (query.flag === 'belowMinimum') filters.push(Prisma.sql`"belowMinimum"`);
  // Column and direction come from fixed lists above, never from the request text itself.
  const direction = query.order === 'asc' ? 'ASC' : 'DESC';
  const orderBy = Prisma.raw(`${SORT_COLUMNS[query.sort]} ${direction} NULLS LAST, "referenceNumber" ASC, id ASC`);
  return Prisma.sql`
    WITH ${scoredApplicationsCte(callId)}
    SELECT *, COUNT(*) OVER ()::int AS "totalCount" FROM ranked
    WHERE ${Prisma.join(filters, ' AND ')}
    ORDER BY ${orderBy}
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
}
