import { Inject, Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

type Db = PrismaService | Tx;

export const reportInclude = {
  project: {
    select: {
      id: true,
      callId: true,
      organisationId: true,
      agreementNumber: true,
      status: true,
      organisation: { select: { legalName: true } },
    },
  },
  versions: { select: { number: true, submittedAt: true, submittedById: true }, orderBy: { number: 'asc' } },
} satisfies Prisma.ProjectReportInclude;
export type ReportRow = Prisma.ProjectReportGetPayload<{ include: typeof reportInclude }>;

export interface OverdueRow {
  reportId: string;
  projectId: string;
  agreementNumber: string;
  organisationName: string;
  kind: 'interim' | 'final';
  dueDate: Date;
  status: 'draft' | 'changes_requested';
}

/** Projects whose reports are still owed: not closed, terminated or suspended. */
const LIVE_PROJECT = Prisma.sql`p.status IN ('agreement_pending', 'active', 'final_report_due')`;

@Injectable()
export class ProjectReportsRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  find(id: string, db: Db = this.prisma): Promise<ReportRow | null> {
    return db.projectReport.findUnique({ where: { id }, include: reportInclude });
  }

  listForProject(projectId: string, db: Db = this.prisma) {
    return db.projectReport.findMany({ where: { projectId }, orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { kind: 'asc' }, { createdAt: 'asc' }] });
  }

  async lock(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT 1 FROM "ProjectReport" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  findUsers(ids: string[]) {
    return this.prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } });
  }

  /** The expenses a report declares, as they are frozen into a submitted version. */
  findExpenses(reportId: string, db: Db = this.prisma) {
    return db.projectExpense.findMany({
      where: { reportId },
      select: { id: true, spentOn: true, description: true, amountCents: true, budgetLine: { select: { description: true } }, receipts: { select: { fileName: true }, orderBy: { createdAt: 'asc' } } },
      orderBy: [{ spentOn: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  findVersions(reportId: string, numbers: number[]) {
    return this.prisma.projectReportVersion.findMany({ where: { reportId, number: { in: numbers } } });
  }

  /** The report form version a report answers (none: the call has no report form). */
  findForm(callId: string, version: number | null, db: Db = this.prisma) {
    return version === null
      ? db.callReportForm.findFirst({ where: { callId }, orderBy: { version: 'desc' } })
      : db.callReportForm.findUnique({ where: { callId_version: { callId, version } } });
  }

  countTranchesWaitingFor(reportId: string, tx: Tx) {
    return tx.projectTranche.count({ where: { reportId, status: { not: 'cancelled' } } });
  }

  /** Reports past their due date and still owed, in the programmes `staffUserId` works for, oldest first. */
  async overdue(staffUserId: string, today: string, page: number, pageSize: number) {
    const where = Prisma.sql`
      r.status IN ('draft', 'changes_requested') AND r."dueDate" < ${today}::date AND ${LIVE_PROJECT}
      AND c."programmeId" IN (SELECT s."programmeId" FROM "ProgrammeStaff" s WHERE s."userId" = ${staffUserId}::uuid)`;
    const from = Prisma.sql`FROM "ProjectReport" r JOIN "Project" p ON p.id = r."projectId" JOIN "Call" c ON c.id = p."callId" JOIN "Organisation" o ON o.id = p."organisationId"`;
    const [rows, [count]] = await Promise.all([
      this.prisma.$queryRaw<OverdueRow[]>`
        SELECT r.id AS "reportId", p.id AS "projectId", p."agreementNumber", o."legalName" AS "organisationName",
               r.kind::text AS kind, r."dueDate", r.status::text AS status
        ${from} WHERE ${where}
        ORDER BY r."dueDate" ASC, r.id
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      this.prisma.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total ${from} WHERE ${where}`,
    ]);
    return { rows, total: Number(count!.total) };
  }

  /** Reports owed within the reminder window (due up to `until`), after `afterId` (keyset paging). */
  remindable(until: string, afterId: string, take: number) {
    return this.prisma.$queryRaw<{ id: string; dueDate: Date }[]>`
      SELECT r.id, r."dueDate" FROM "ProjectReport" r JOIN "Project" p ON p.id = r."projectId"
      WHERE r.status IN ('draft', 'changes_requested') AND r."dueDate" IS NOT NULL AND r."dueDate" <= ${until}::date
        AND ${LIVE_PROJECT} AND r.id > ${afterId}::uuid
      ORDER BY r.id LIMIT ${take}`;
  }

  /** Who is reminded of a project's reports: its contact person and the organisation's owners, in their language. */
  async recipients(projectId: string, tx: Tx) {
    const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { contactUserId: true, organisationId: true } });
    const owners = await tx.organisationMember.findMany({ where: { organisationId: project.organisationId, role: 'owner' }, select: { userId: true } });
    const ids = [...new Set([project.contactUserId, ...owners.map((owner) => owner.userId)].filter((id): id is string => id !== null))];
    return tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true, displayName: true, locale: true }, orderBy: { id: 'asc' } });
  }

  /** Records one reminder; false when this rule already went to this person. */
  async markReminder(tx: Tx, reportId: string, rule: string, userId: string): Promise<boolean> {
    const written = await tx.projectReportReminder.createMany({ data: [{ reportId, rule, userId }], skipDuplicates: true });
    return written.count === 1;
  }
}
