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
  callId: string;
  callCode: string;
  startDate: Date | null;
  endDate: Date | null;
  awardedCents: bigint;
  paidCents: bigint;
  nextReportId: string | null;
  nextReportKind: 'interim' | 'final' | null;
  nextReportDue: Date | null;
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
  async list(scope: { callId: string } | { memberId: string }, query: z.output<typeof ZProjectListQuery>) {
    const clauses: Prisma.Sql[] = [
      'callId' in scope
        ? Prisma.sql`p."callId" = ${scope.callId}::uuid`
        : Prisma.sql`p."organisationId" IN (SELECT m."organisationId" FROM "OrganisationMember" m WHERE m."userId" = ${scope.memberId}::uuid)`,
    ];
    if (query.status) clauses.push(Prisma.sql`p.status = ${query.status}::"ProjectStatus"`);
    if (query.municipality) clauses.push(Prisma.sql`o."municipalityCode" = ${query.municipality}`);
    const where = Prisma.join(clauses, ' AND ');
    const sort = SORT_COLUMNS[query.sort ?? 'agreementNumber'];
    const direction = query.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
    const paid = Prisma.sql`COALESCE((SELECT SUM(t."amountCents") FROM "ProjectTranche" t WHERE t."projectId" = p.id AND t.status = 'paid'), 0)`;
    const [rows, [summary]] = await Promise.all([
      this.prisma.$queryRaw<ProjectListRow[]>`
        SELECT p.id, p."agreementNumber", p.status::text AS status, a.answers, p."organisationId", o."legalName" AS "organisationName",
               o."municipalityCode", p."callId", c.code AS "callCode", p."startDate", p."endDate", p."awardedCents",
               ${paid}::bigint AS "paidCents", nr.id AS "nextReportId", nr.kind::text AS "nextReportKind", nr."dueDate" AS "nextReportDue"
        FROM "Project" p
        JOIN "Organisation" o ON o.id = p."organisationId"
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
}
