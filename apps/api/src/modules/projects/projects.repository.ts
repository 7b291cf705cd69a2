import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { ZProjectListQuery } from '@kopa/shared';
import { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

type Db = PrismaService | Tx;

export const projectDetailInclude = {
  call: { select: { id: true, code: true, titleLv: true, titleEn: true, programmeId: true } },
  organisation: { select: { legalName: true, municipalityCode: true, members: { select: { userId: true, user: { select: { displayName: true } } } } } },
  application: { select: { referenceNumber: true, answers: true } },
  contactUser: { select: { displayName: true } },
  tranches: { orderBy: { position: 'asc' } },
  _count: { select: { agreementDocuments: { where: { kind: 'signed' } } } },
  reports: { select: { id: true, status: true } },
} satisfies Prisma.ProjectInclude;
export type ProjectDetailRow = Prisma.ProjectGetPayload<{ include: typeof projectDetailInclude }>;

/** One row of a project list: the columns the list shows, with what was paid summed in SQL. */
export interface ProjectListRow {
  id: string;
  agreementNumber: string;
  status: string;
  answers: unknown;
  organisationId: string;
  organisationName: string;
  municipalityCode: string | null;
  municipalityLv: string;
  municipalityEn: string;
  registrationNumber: string | null;
  callId: string;
  callCode: string;
  startDate: Date | null;
  endDate: Date | null;
  granteeSignedOn: Date | null;
  funderSignedOn: Date | null;
  awardedCents: bigint;
  paidCents: bigint;
  nextReportId: string | null;
  nextReportKind: 'interim' | 'final' | null;
  nextReportDue: Date | null;
}

/**
 * A tranche waiting to be paid: due or approved, or still planned with its due date reached
 * (today in Riga). Held and cancelled tranches wait for nothing. `t` is the tranche.
 */
export function paymentDueSql(today: string): Prisma.Sql {
  return Prisma.sql`(t.status IN ('due', 'approved') OR (t.status = 'planned' AND t."dueDate" <= ${today}::date))`;
}

const SORT_COLUMNS = {
  agreementNumber: Prisma.sql`p."agreementNumber"`,
  awarded: Prisma.sql`p."awardedCents"`,
  organisation: Prisma.sql`o."legalName"`,
} as const;

@Injectable()
export class ProjectsRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  findDetail(id: string, db: Db = this.prisma): Promise<ProjectDetailRow | null> {
    return db.project.findUnique({ where: { id }, include: projectDetailInclude });
  }

  findFacts(id: string, db: Db = this.prisma) {
    return db.project.findUnique({ where: { id }, select: { id: true, callId: true, organisationId: true } });
  }

  async lock(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM "Project" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /** A page of projects matching `scope` (one call, or the organisations of one member), filtered and sorted in SQL. */
  async list(scope: ProjectScope, query: ProjectFilters & Pick<z.output<typeof ZProjectListQuery>, 'sort' | 'order' | 'page' | 'pageSize'>, today: string) {
    const where = projectWhereSql(scope, query, today);
    const sort = SORT_COLUMNS[query.sort ?? 'agreementNumber'];
    const direction = query.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    const paid = Prisma.sql`COALESCE((SELECT SUM(t."amountCents") FROM "ProjectTranche" t WHERE t."projectId" = p.id AND t.status = 'paid'), 0)`;
    const [rows, [summary]] = await Promise.all([
      this.prisma.$queryRaw<ProjectListRow[]>`
        SELECT p.id, p."agreementNumber", p.status::text AS status, a.answers, p."organisationId", o."legalName" AS "organisationName",
               o."municipalityCode", mu."nameLv" AS "municipalityLv", mu."nameEn" AS "municipalityEn", o."registrationNumber",
               p."callId", c.code AS "callCode", p."startDate", p."endDate", p."granteeSignedOn", p."funderSignedOn", p."awardedCents",
               ${paid}::bigint AS "paidCents", nr.id AS "nextReportId", nr.kind::text AS "nextReportKind", nr."dueDate" AS "nextReportDue"
        FROM "Project" p
        JOIN "Organisation" o ON o.id = p."organisationId"
        JOIN "Municipality" mu ON mu.code = o."municipalityCode"
        JOIN "Application" a ON a.id = p."applicationId"
        JOIN "Call" c ON c.id = p."callId"
        LEFT JOIN LATERAL (
          SELECT r.id, r.kind, r."dueDate" FROM "ProjectReport" r
          WHERE r."projectId" = p.id AND r.status IN ('draft', 'changes_requested')
          ORDER BY r."dueDate" ASC NULLS LAST, r.id LIMIT 1
        ) nr ON true
        WHERE ${where}
        ORDER BY ${sort} ${direction}, p.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      this.prisma.$queryRaw<{ total: bigint; awarded: bigint | null; paid: bigint | null }[]>`
        SELECT COUNT(*) AS total, SUM(p."awardedCents") AS awarded, SUM(${paid})::bigint AS paid
        FROM "Project" p JOIN "Organisation" o ON o.id = p."organisationId"
        WHERE ${where}`,
    ]);
    return { rows, total: Number(summary!.total), awardedCents: summary!.awarded ?? 0n, paidCents: summary!.paid ?? 0n };
  }

  /** A batch of the tranches of the projects matching the filters, in agreement and tranche order (keyset on both). */
  callTranches(callId: string, filters: ProjectFilters, today: string, after: { agreementNumber: string; position: number } | null, limit: number) {
    const where = projectWhereSql({ callId }, filters, today);
    const keyset = after ? Prisma.sql`AND (p."agreementNumber", t.position) > (${after.agreementNumber}, ${after.position})` : Prisma.empty;
    return this.prisma.$queryRaw<TrancheExportRow[]>`
      SELECT p."agreementNumber", o."legalName" AS "organisationName", t.position, t."amountCents", t."dueDate", t.condition::text AS condition,
             t.status::text AS status, t."paidOn", t."bankReference", t.reason, p."granteeSignedOn", p."funderSignedOn", p."finalReportApprovedAt",
             t."reportId", r.status::text AS "reportStatus"
      FROM "ProjectTranche" t
      JOIN "Project" p ON p.id = t."projectId"
      JOIN "Organisation" o ON o.id = p."organisationId"
      LEFT JOIN "ProjectReport" r ON r.id = t."reportId"
      WHERE ${where} ${keyset}
      ORDER BY p."agreementNumber", t.position
      LIMIT ${limit}`;
  }

  /**
   * A batch of the reports of the projects matching the filters, in agreement and schedule order
   * (keyset on agreement, due date with undated last, id), numbered per kind as the schedule does,
   * with the indicator totals and what the report's expenses add up to.
   */
  callReports(callId: string, filters: ProjectFilters, today: string, after: { agreementNumber: string; sortDue: Date; id: string } | null, limit: number) {
    const where = projectWhereSql({ callId }, filters, today);
    const keyset = after ? Prisma.sql`WHERE (x."agreementNumber", x."sortDue", x.id) > (${after.agreementNumber}, ${after.sortDue}::date, ${after.id}::uuid)` : Prisma.empty;
    return this.prisma.$queryRaw<ReportExportRow[]>`
      SELECT * FROM (
        SELECT p."agreementNumber", o."legalName" AS "organisationName", r.id, r.kind::text AS kind,
               ROW_NUMBER() OVER (PARTITION BY r."projectId", r.kind ORDER BY r."dueDate" ASC NULLS LAST, r."createdAt", r.id)::int AS number,
               r."dueDate", COALESCE(r."dueDate", DATE '9999-12-31') AS "sortDue", r.status::text AS status, r."submittedAt", r."approvedAt",
               (r.status IN ('draft', 'changes_requested') AND r."dueDate" < ${today}::date) AS overdue,
               r."participantsTotal", (r.indicators->>'eventsHeld')::int AS "eventsHeld", (r.indicators->>'volunteers')::int AS volunteers,
               (r.indicators->>'volunteerHours')::int AS "volunteerHours",
               (SELECT COALESCE(SUM(e."amountCents"), 0) FROM "ProjectExpense" e WHERE e."reportId" = r.id)::bigint AS "expensesCents"
        FROM "ProjectReport" r
        JOIN "Project" p ON p.id = r."projectId"
        JOIN "Organisation" o ON o.id = p."organisationId"
        WHERE ${where}
      ) x ${keyset}
      ORDER BY x."agreementNumber", x."sortDue", x.id
      LIMIT ${limit}`;
  }

  /** Tranches waiting to be paid on the calls of the coordinator's programmes (projects not closed or terminated), earliest due first. */
  async paymentsDue(userId: string, today: string, page: number, pageSize: number) {
    const from = Prisma.sql`
      FROM "ProjectTranche" t
      JOIN "Project" p ON p.id = t."projectId"
      JOIN "Call" c ON c.id = p."callId"
      JOIN "ProgrammeStaff" ps ON ps."programmeId" = c."programmeId" AND ps."userId" = ${userId}::uuid
      JOIN "Organisation" o ON o.id = p."organisationId"
      WHERE ${paymentDueSql(today)} AND p.status NOT IN ('closed', 'terminated')`;
    const [rows, [count]] = await Promise.all([
      this.prisma.$queryRaw<PaymentDueRow[]>`
        SELECT p.id AS "projectId", p."agreementNumber", o."legalName" AS "organisationName", p."callId", c.code AS "callCode",
               t.id AS "trancheId", t.position, t."amountCents", t."dueDate", t.status::text AS status
        ${from}
        ORDER BY t."dueDate" ASC NULLS LAST, p."agreementNumber", t.position
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      this.prisma.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total ${from}`,
    ]);
    return { rows, total: Number(count!.total) };
  }
}

export type ProjectScope = { callId: string } | { memberId: string };
export type ProjectFilters = Pick<z.output<typeof ZProjectListQuery>, 'status' | 'municipality' | 'paymentDue' | 'reportOverdue'>;

/** The WHERE of a project list (`p` the project, `o` its organisation): the scope and the filters. */
function projectWhereSql(scope: ProjectScope, query: ProjectFilters, today: string): Prisma.Sql {
  const clauses: Prisma.Sql[] = [
    'callId' in scope
      ? Prisma.sql`p."callId" = ${scope.callId}::uuid`
      : Prisma.sql`p."organisationId" IN (SELECT m."organisationId" FROM "OrganisationMember" m WHERE m."userId" = ${scope.memberId}::uuid)`,
  ];
  if (query.status) clauses.push(Prisma.sql`p.status = ${query.status}::"ProjectStatus"`);
  if (query.municipality) clauses.push(Prisma.sql`o."municipalityCode" = ${query.municipality}`);
  if (query.paymentDue !== undefined) {
    const due = Prisma.sql`EXISTS (SELECT 1 FROM "ProjectTranche" t WHERE t."projectId" = p.id AND ${paymentDueSql(today)})`;
    clauses.push(query.paymentDue ? due : Prisma.sql`NOT ${due}`);
  }
  if (query.reportOverdue !== undefined) {
    // The same rule as the reports' overdue list: owed and past its due date (the index on projectId, dueDate serves it).
    const overdue = Prisma.sql`EXISTS (SELECT 1 FROM "ProjectReport" r WHERE r."projectId" = p.id AND r.status IN ('draft', 'changes_requested') AND r."dueDate" < ${today}::date)`;
    clauses.push(query.reportOverdue ? overdue : Prisma.sql`NOT ${overdue}`);
  }
  return Prisma.join(clauses, ' AND ');
}

export interface TrancheExportRow {
  agreementNumber: string;
  organisationName: string;
  position: number;
  amountCents: bigint;
  dueDate: Date | null;
  condition: string;
  status: string;
  paidOn: Date | null;
  bankReference: string | null;
  reason: string | null;
  granteeSignedOn: Date | null;
  funderSignedOn: Date | null;
  finalReportApprovedAt: Date | null;
  /** The report a `report_approved` condition names, and its status. */
  reportId: string | null;
  reportStatus: string | null;
}

export interface ReportExportRow {
  agreementNumber: string;
  organisationName: string;
  id: string;
  kind: 'interim' | 'final';
  number: number;
  dueDate: Date | null;
  sortDue: Date;
  status: string;
  submittedAt: Date | null;
  approvedAt: Date | null;
  overdue: boolean | null;
  participantsTotal: number;
  eventsHeld: number | null;
  volunteers: number | null;
  volunteerHours: number | null;
  expensesCents: bigint;
}

export interface PaymentDueRow {
  projectId: string;
  agreementNumber: string;
  organisationName: string;
  callId: string;
  callCode: string;
  trancheId: string;
  position: number;
  amountCents: bigint;
  dueDate: Date | null;
  status: 'planned' | 'due' | 'approved';
}
