import { Injectable } from '@nestjs/common';
import {
  HISTORY_SESSION_GAP_MINUTES,
  type TApplicationHistoryQuery,
  type TApplicationStatus,
  type TAuditAction,
  type TCallApplicationListQuery,
  type TOrganisationType,
} from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { Prisma } from '../../generated/prisma/client';
import { applicationDetailInclude, type ApplicationDetail } from '../application-access';

const ANSWERS_UPDATED: TAuditAction = 'application.answers-updated';

/** One row of the history: one audit entry, or one editing session of answer saves. */
export interface HistoryRow {
  id: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  lastAt: Date;
  count: bigint;
}

/** One application in a coordinator's list of a call (and in its export). */
export interface CallApplicationRow {
  id: string;
  referenceNumber: string | null;
  organisationId: string;
  projectTitle: string | null;
  requestedCents: bigint | null;
  status: TApplicationStatus;
  submittedAt: Date | null;
  legalName: string;
  organisationType: TOrganisationType;
  municipalityCode: string;
  contactEmail: string;
  contactPhone: string;
}

/** A row of the export: the list's, with the municipality's names. */
export interface CallApplicationExportRow extends CallApplicationRow {
  municipalityNameLv: string;
  municipalityNameEn: string;
}

export type CallApplicationListFilter = Omit<TCallApplicationListQuery, 'page' | 'pageSize'>;

function callApplicationsWhere(callId: string, query: CallApplicationListFilter): Prisma.Sql {
  const conditions = [Prisma.sql`a."callId" = ${callId}::uuid`];
  if (query.q) {
    // What a person types is text, not a pattern; ILIKE '%…%' on both columns is served by their pg_trgm GIN indexes.
    const pattern = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    conditions.push(Prisma.sql`(a."projectTitle" ILIKE ${pattern} OR o."legalName" ILIKE ${pattern})`);
  }
  if (query.status) conditions.push(Prisma.sql`a.status = ${query.status}::"ApplicationStatus"`);
  if (query.requestedMin !== undefined) conditions.push(Prisma.sql`a."requestedCents" >= ${BigInt(query.requestedMin)}`);
  if (query.requestedMax !== undefined) conditions.push(Prisma.sql`a."requestedCents" <= ${BigInt(query.requestedMax)}`);
  if (query.municipalityCode) conditions.push(Prisma.sql`o."municipalityCode" = ${query.municipalityCode}`);
  if (query.organisationType) conditions.push(Prisma.sql`o.type = ${query.organisationType}::"OrganisationType"`);
  return Prisma.join(conditions, ' AND ');
}

/**
 * The list's SELECT: the page adds its total (`count(*) OVER ()`), the export the
 * municipality's names instead of its code alone.
 */
function callApplicationsSelect(where: Prisma.Sql, query: CallApplicationListFilter, extra: 'total' | 'municipalityNames'): Prisma.Sql {
  const columns =
    extra === 'total' ? Prisma.sql`count(*) OVER () AS total` : Prisma.sql`m."nameLv" AS "municipalityNameLv", m."nameEn" AS "municipalityNameEn"`;
  const join = extra === 'total' ? Prisma.empty : Prisma.sql`JOIN "Municipality" m ON m.code = o."municipalityCode"`;
  return Prisma.sql`
    SELECT a.id::text AS id, a."referenceNumber", a."organisationId"::text AS "organisationId", a."projectTitle", a."requestedCents",
           a.status::text AS status, a."submittedAt",
           o."legalName", o.type::text AS "organisationType", o."municipalityCode", o."contactEmail", o."contactPhone",
           ${columns}
    FROM "Application" a
    JOIN "Organisation" o ON o.id = a."organisationId"
    ${join}
    WHERE ${where}
    ORDER BY ${callApplicationsOrder(query)}`;
}

/** The sort (nulls where PostgreSQL puts them: last ascending, first descending), then id for a stable order. */
function callApplicationsOrder(query: CallApplicationListFilter): Prisma.Sql {
  const column = {
    requested: Prisma.sql`a."requestedCents"`,
    organisation: Prisma.sql`o."legalName"`,
    status: Prisma.sql`a.status`,
    submittedAt: Prisma.sql`a."submittedAt"`,
  }[query.sort];
  return query.order === 'desc' ? Prisma.sql`${column} DESC, a.id ASC` : Prisma.sql`${column} ASC, a.id ASC`;
}

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findOrganisation(id: string) {
    return this.prisma.organisation.findUnique({ where: { id } });
  }

  findCallWithLatestForm(callId: string) {
    return this.prisma.call.findUnique({
      where: { id: callId },
      include: { forms: { orderBy: { version: 'desc' }, take: 1 } },
    });
  }

  /** Holds the form version still while a submission reads it, so a builder save cannot edit it in between. */
  async lockFormForShare(tx: Tx, callId: string, version: number): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM "CallForm" WHERE "callId" = ${callId}::uuid AND "version" = ${version} FOR SHARE`;
  }

  /**
   * Applications of the organisation in the call that hold a place (all but withdrawn ones),
   * counted under a lock on the organisation's row so that two starts at once cannot both
   * take the last place.
   */
  async countHoldingPlaceLocked(tx: Tx, callId: string, organisationId: string): Promise<number> {
    await tx.$queryRaw`SELECT 1 FROM "Organisation" WHERE id = ${organisationId}::uuid FOR UPDATE`;
    return tx.application.count({ where: { callId, organisationId, status: { not: 'withdrawn' } } });
  }

  create(tx: Tx, data: Prisma.ApplicationUncheckedCreateInput) {
    return tx.application.create({ data });
  }

  /** Writes and returns the row as the gate loads it, so the response is built in the same transaction. */
  update(tx: Tx, id: string, data: Prisma.ApplicationUncheckedUpdateInput): Promise<ApplicationDetail> {
    return tx.application.update({ where: { id }, data: { ...data, version: { increment: 1 } }, include: applicationDetailInclude });
  }

  /**
   * Writes columns of the application itself and returns `loaded` with them: its relations (call,
   * organisation, open clarification, revision count) are those the caller loaded under the row
   * lock, which such a write does not change, so they are not read again.
   */
  async updateOwnColumns(tx: Tx, loaded: ApplicationDetail, data: Prisma.ApplicationUncheckedUpdateInput): Promise<ApplicationDetail> {
    const row = await tx.application.update({ where: { id: loaded.id }, data: { ...data, version: { increment: 1 } } });
    return { ...loaded, ...row };
  }

  /** The row as the gate loads it, read inside a write's transaction to build its response. */
  reload(tx: Tx, id: string): Promise<ApplicationDetail> {
    return tx.application.findUniqueOrThrow({ where: { id }, include: applicationDetailInclude });
  }

  /** The application's files still attached (removed ones had their content deleted then). */
  listAttachments(tx: Tx, applicationId: string) {
    return tx.attachment.findMany({ where: { applicationId, deletedAt: null }, select: { id: true, fileName: true, storageKey: true } });
  }

  /** Removes the application; its attachments, revisions and clarifications go with it (cascade). */
  delete(tx: Tx, id: string) {
    return tx.application.delete({ where: { id } });
  }

  createRevision(tx: Tx, data: Prisma.ApplicationRevisionUncheckedCreateInput) {
    return tx.applicationRevision.create({ data });
  }

  countLiveAttachments(tx: Tx, applicationId: string, questionId: string, ids: string[]) {
    return tx.attachment.count({ where: { id: { in: ids }, applicationId, questionId, deletedAt: null } });
  }

  createClarification(tx: Tx, data: Prisma.ClarificationRequestUncheckedCreateInput) {
    return tx.clarificationRequest.create({ data });
  }

  resolveClarifications(tx: Tx, applicationId: string, at: Date) {
    return tx.clarificationRequest.updateMany({ where: { applicationId, resolvedAt: null }, data: { resolvedAt: at } });
  }

  /** The coordinators who asked the still-open clarifications of an application (to tell them it was answered). */
  async findOpenClarificationRequesters(tx: Tx, applicationId: string) {
    const open = await tx.clarificationRequest.findMany({
      where: { applicationId, resolvedAt: null, requestedById: { not: null } },
      select: { id: true, requestedById: true },
    });
    const users = await tx.user.findMany({
      where: { id: { in: open.map((row) => row.requestedById!) }, deactivatedAt: null },
      select: { id: true, email: true, displayName: true, locale: true },
    });
    return open.flatMap((row) => users.filter((user) => user.id === row.requestedById).map((user) => ({ clarificationId: row.id, user })));
  }

  /** Owners of the organisation and the given users (e.g. the last submitter), once each. */
  findRecipients(tx: Tx, organisationId: string, extraUserIds: string[]) {
    return tx.user.findMany({
      where: {
        OR: [{ memberships: { some: { organisationId, role: 'owner' } } }, { id: { in: extraUserIds } }],
      },
      select: { id: true, email: true, displayName: true, locale: true },
      orderBy: { email: 'asc' },
    });
  }

  listMine(userId: string) {
    return this.prisma.application.findMany({
      where: { organisation: { members: { some: { userId } } } },
      include: {
        call: true,
        organisation: { select: { legalName: true, members: { where: { userId }, select: { role: true } } } },
        clarifications: { where: { resolvedAt: null }, orderBy: { createdAt: 'desc' }, take: 1 },
      },
      orderBy: { updatedAt: 'desc' },
    });
  }

  /**
   * One page of a call's applications, filtered and sorted in SQL (requestedCents is kept on
   * every save), with the total of the filtered list: one statement, `count(*) OVER ()`
   * counting before LIMIT, so the page and its total are one snapshot. A page past the end
   * has no row to carry the total; only then is it counted on its own.
   */
  async listForCall(callId: string, query: CallApplicationListFilter & { page: number; pageSize: number }): Promise<{ total: number; rows: CallApplicationRow[] }> {
    const where = callApplicationsWhere(callId, query);
    const rows = await this.prisma.readRaw<CallApplicationRow & { total: bigint }>(Prisma.sql`
      ${callApplicationsSelect(where, query, 'total')}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`);
    if (rows.length === 0 && query.page > 1) {
      const [{ count }] = await this.prisma.readRaw<{ count: bigint }>(Prisma.sql`
        SELECT count(*) AS count FROM "Application" a JOIN "Organisation" o ON o.id = a."organisationId" WHERE ${where}`);
      return { total: Number(count), rows: [] };
    }
    return { total: Number(rows[0]?.total ?? 0), rows: rows.map(({ total: _total, ...row }) => row) };
  }

  /** The whole filtered, sorted list, `batch` rows at a time (the export): one query read through a cursor. */
  forEachForCall(callId: string, query: CallApplicationListFilter, batch: number, onBatch: (rows: CallApplicationExportRow[]) => Promise<void>): Promise<void> {
    return this.prisma.readRawInBatches(callApplicationsSelect(callApplicationsWhere(callId, query), query, 'municipalityNames'), batch, onBatch);
  }

  listRevisions(applicationId: string) {
    return this.prisma.applicationRevision.findMany({ where: { applicationId }, orderBy: { number: 'asc' } });
  }

  findRevisions(applicationId: string, numbers: number[]) {
    return this.prisma.applicationRevision.findMany({ where: { applicationId, number: { in: numbers } } });
  }

  findUsers(ids: string[]) {
    return this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  }

  /**
   * An application's audit trail, oldest first, paged in SQL. A run of answer saves by one
   * person with gaps under HISTORY_SESSION_GAP_MINUTES is one row (one editing session):
   * a row starts wherever the action, the actor or the gap breaks the run.
   */
  async listHistory(applicationId: string, query: TApplicationHistoryQuery): Promise<{ rows: HistoryRow[]; total: number }> {
    const gap = `${HISTORY_SESSION_GAP_MINUTES} minutes`;
    const sessions = Prisma.sql`
      WITH ordered AS (
        SELECT l.*,
               LAG(l.action) OVER w AS "prevAction",
               LAG(l."actorId") OVER w AS "prevActor",
               LAG(l."createdAt") OVER w AS "prevAt"
        FROM "AuditLog" l
        WHERE l."entityType" = 'application' AND l."entityId" = ${applicationId}
        WINDOW w AS (ORDER BY l."createdAt", l.id)
      ), runs AS (
        SELECT o.*, SUM(CASE
                 WHEN o.action = ${ANSWERS_UPDATED} AND o."prevAction" = o.action
                      AND o."prevActor" IS NOT DISTINCT FROM o."actorId"
                      AND o."createdAt" - o."prevAt" < ${gap}::interval THEN 0
                 ELSE 1 END) OVER (ORDER BY o."createdAt", o.id) AS run
        FROM ordered o
      )
      SELECT run,
             (array_agg(r.id::text ORDER BY r."createdAt", r.id))[1] AS id,
             (array_agg(r."actorId"::text))[1] AS "actorId",
             (array_agg(r.action))[1] AS action,
             (array_agg(r.before ORDER BY r."createdAt", r.id))[1] AS before,
             (array_agg(r.after ORDER BY r."createdAt" DESC, r.id DESC))[1] AS after,
             MIN(r."createdAt") AS "createdAt",
             MAX(r."createdAt") AS "lastAt",
             COUNT(*) AS count
      FROM runs r
      GROUP BY run`;
    const offset = (query.page - 1) * query.pageSize;
    const [rows, counted] = await Promise.all([
      this.prisma.$queryRaw<HistoryRow[]>`
        SELECT s.id, s."actorId", u."displayName" AS "actorName", s.action, s.before, s.after, s."createdAt", s."lastAt", s.count
        FROM (${sessions}) s LEFT JOIN "User" u ON u.id = s."actorId"::uuid
        ORDER BY s.run
        LIMIT ${query.pageSize} OFFSET ${offset}`,
      this.prisma.$queryRaw<[{ total: bigint }]>`SELECT count(*) AS total FROM (${sessions}) s`,
    ]);
    return { rows, total: Number(counted[0].total) };
  }
}
