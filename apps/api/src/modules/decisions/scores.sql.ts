import { RANKED_STATUSES, type TRankedListQuery } from '@kopa/shared';
import { Prisma } from '../../generated/prisma/client';

/**
 * The ranked applications of a call. Each application's scores come from ApplicationScore,
 * which the database keeps with every review, score and rubric change by the scoring rule of
 * packages/shared/src/scores.ts (migration 20261130110000_application_scores), so a page reads
 * one row per application instead of scoring every review of the call. Only the rank, which
 * depends on the rest of the call, and the disagreement flag, which depends on the call's
 * current gap, are computed here.
 */
export function scoredApplicationsCte(callId: string): Prisma.Sql {
  return Prisma.sql`
    ranked AS (
      SELECT a.id, a."referenceNumber", o."legalName" AS "organisationName",
        -- The column kept on every save, not answers->>'project_title': the answers document would
        -- be carried through the window's sort (rows of ≈1.3 KB; 23 MB spilled to disk for 20,000).
        NULLIF(a."projectTitle", '') AS "projectTitle",
        a.status::text AS status, a."requestedCents", a."awardedCents",
        COALESCE(sc."reviewCount", 0) AS "reviewCount",
        sc."weightedTotal"::float8 AS "weightedTotal",
        sc.spread::float8 AS "spread",
        (COALESCE(sc."totalCount", 0) >= 2 AND sc.spread > cl."disagreementGap") AS disagreement,
        COALESCE(sc."belowMinimum", false) AS "belowMinimum",
        RANK() OVER (ORDER BY sc."weightedTotal" DESC NULLS LAST)::int AS rank,
        d.kind::text AS "decisionKind", d."amountCents" AS "decisionAmountCents", d.rationale AS "decisionRationale",
        d."letterQueuedAt" AS "letterQueuedAt"
      FROM "Application" a
      JOIN "Call" cl ON cl.id = a."callId"
      JOIN "Organisation" o ON o.id = a."organisationId"
      LEFT JOIN "ApplicationScore" sc ON sc."applicationId" = a.id
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
