import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { ZBudgetChangeListQuery, ZExpenseListQuery } from '@kopa/shared';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

type Db = PrismaService | Tx;

export const budgetChangeInclude = {
  items: { include: { line: { select: { category: true, description: true, position: true } } } },
  requestedBy: { select: { displayName: true } },
  decidedBy: { select: { displayName: true } },
} satisfies Prisma.ProjectBudgetChangeInclude;
export type BudgetChangeRow = Prisma.ProjectBudgetChangeGetPayload<{ include: typeof budgetChangeInclude }>;

export const expenseInclude = {
  receipts: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  createdBy: { select: { displayName: true } },
} satisfies Prisma.ProjectExpenseInclude;
export type ExpenseRow = Prisma.ProjectExpenseGetPayload<{ include: typeof expenseInclude }>;

/** The project facts every budget rule needs: who it belongs to, its state, its award and the call's tolerance. */
export interface BudgetProjectFacts {
  id: string;
  callId: string;
  organisationId: string;
  status: string;
  awardedCents: bigint;
  agreementNumber: string;
  call: { overspendTolerancePercent: number; titleLv: string; titleEn: string };
}

/** Budgets of record, budget change requests, expenses and receipts of funded projects. Prisma only. */
@Injectable()
export class ProjectBudgetsRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  findProject(id: string, db: Db = this.prisma): Promise<BudgetProjectFacts | null> {
    return db.project.findUnique({
      where: { id },
      select: {
        id: true,
        callId: true,
        organisationId: true,
        status: true,
        awardedCents: true,
        agreementNumber: true,
        call: { select: { overspendTolerancePercent: true, titleLv: true, titleEn: true } },
      },
    });
  }

  /**
   * Locks the project's budget row for the rest of the transaction (made first if a project
   * predates budgets): every change of lines, expenses or requests of one project queues here.
   */
  async lockBudget(tx: Tx, projectId: string): Promise<number> {
    await tx.$executeRaw`INSERT INTO "ProjectBudget" ("projectId", "version", "updatedAt") VALUES (${projectId}::uuid, 1, now()) ON CONFLICT DO NOTHING`;
    const [row] = await tx.$queryRaw<{ version: number }[]>`SELECT version FROM "ProjectBudget" WHERE "projectId" = ${projectId}::uuid FOR UPDATE`;
    return row!.version;
  }

  async budgetVersion(projectId: string, db: Db = this.prisma): Promise<number> {
    return (await db.projectBudget.findUnique({ where: { projectId }, select: { version: true } }))?.version ?? 1;
  }

  bumpBudgetVersion(tx: Tx, projectId: string) {
    return tx.projectBudget.update({ where: { projectId }, data: { version: { increment: 1 } } });
  }

  lines(projectId: string, db: Db = this.prisma) {
    return db.projectBudgetLine.findMany({ where: { projectId }, orderBy: { position: 'asc' } });
  }

  /** What was spent on each line of the project, summed in SQL. */
  async spentByLine(projectId: string, db: Db = this.prisma): Promise<{ budgetLineId: string; amountCents: number }[]> {
    const rows = await db.projectExpense.groupBy({ by: ['budgetLineId'], where: { projectId }, _sum: { amountCents: true } });
    return rows.map((row) => ({ budgetLineId: row.budgetLineId, amountCents: Number(row._sum.amountCents ?? 0n) }));
  }

  countPendingChanges(projectId: string, db: Db = this.prisma) {
    return db.projectBudgetChange.count({ where: { projectId, status: 'pending' } });
  }

  /** Lines that may not be removed: they carry expenses or sit in a pending change request. */
  async linesInUse(tx: Tx, projectId: string): Promise<Set<string>> {
    const [spent, pending] = await Promise.all([
      tx.projectExpense.findMany({ where: { projectId }, select: { budgetLineId: true }, distinct: ['budgetLineId'] }),
      tx.projectBudgetChangeItem.findMany({ where: { change: { projectId, status: 'pending' } }, select: { lineId: true }, distinct: ['lineId'] }),
    ]);
    return new Set([...spent.map((row) => row.budgetLineId), ...pending.map((row) => row.lineId)]);
  }

  /** Replaces the lines: updates those kept (moved past the positions in use first), deletes the rest, creates the new. */
  async replaceLines(
    tx: Tx,
    projectId: string,
    keep: { id: string; category: string; description: string; amountCents: bigint }[],
    create: { category: string; description: string; amountCents: bigint; position: number }[],
    positions: Map<string, number>,
  ): Promise<void> {
    await tx.projectBudgetLine.deleteMany({ where: { projectId, id: { notIn: keep.map((line) => line.id) } } });
    // Positions are unique per project: park the kept lines out of the way, then place them.
    await tx.$executeRaw`UPDATE "ProjectBudgetLine" SET position = -position - 1000000 WHERE "projectId" = ${projectId}::uuid`;
    for (const line of keep) {
      await tx.projectBudgetLine.update({
        where: { id: line.id },
        data: { category: line.category, description: line.description, amountCents: line.amountCents, position: positions.get(line.id)! },
      });
    }
    if (create.length > 0) {
      await tx.projectBudgetLine.createMany({
        data: create.map((line) => ({ projectId, ...line, originalCents: 0n })),
      });
    }
  }

  /** Adds `deltaCents` to a line's amount in SQL, so concurrent writers can never lose an update. */
  addToLine(tx: Tx, lineId: string, deltaCents: bigint) {
    return tx.projectBudgetLine.update({ where: { id: lineId }, data: { amountCents: { increment: deltaCents } } });
  }

  createChange(tx: Tx, data: { projectId: string; reason: string; requestedById: string; items: { lineId: string; fromCents: bigint; toCents: bigint }[] }) {
    return tx.projectBudgetChange.create({
      data: { projectId: data.projectId, reason: data.reason, requestedById: data.requestedById, items: { create: data.items } },
      include: budgetChangeInclude,
    });
  }

  findChange(projectId: string, id: string, db: Db = this.prisma) {
    return db.projectBudgetChange.findFirst({ where: { id, projectId }, include: budgetChangeInclude });
  }

  /** Moves a pending request on; false when someone else already decided it. */
  async decideChange(tx: Tx, id: string, data: { status: 'approved' | 'rejected' | 'withdrawn'; decidedById: string; decidedAt: Date; decisionComment: string | null }): Promise<boolean> {
    const { count } = await tx.projectBudgetChange.updateMany({ where: { id, status: 'pending' }, data });
    return count === 1;
  }

  async listChanges(projectId: string, query: z.output<typeof ZBudgetChangeListQuery>) {
    const where = { projectId, ...(query.status ? { status: query.status } : {}) };
    const [rows, total] = await Promise.all([
      this.prisma.projectBudgetChange.findMany({
        where,
        include: budgetChangeInclude,
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.prisma.projectBudgetChange.count({ where }),
    ]);
    return { rows, total };
  }

  async listExpenses(projectId: string, query: z.output<typeof ZExpenseListQuery>) {
    const where = { projectId, ...(query.budgetLineId ? { budgetLineId: query.budgetLineId } : {}), ...(query.reportId ? { reportId: query.reportId } : {}) };
    const orderBy: Prisma.ProjectExpenseOrderByWithRelationInput[] =
      query.sort === 'amount' ? [{ amountCents: query.order }, { spentOn: 'desc' }, { id: 'asc' }] : [{ spentOn: query.order }, { createdAt: query.order }, { id: 'asc' }];
    const [rows, total] = await Promise.all([
      this.prisma.projectExpense.findMany({ where, include: expenseInclude, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
      this.prisma.projectExpense.count({ where }),
    ]);
    return { rows, total };
  }

  /** Whether the report belongs to the project (an expense declares only its own project's reports). */
  async isReportOf(projectId: string, reportId: string, db: Db = this.prisma): Promise<boolean> {
    return (await db.projectReport.count({ where: { id: reportId, projectId } })) > 0;
  }

  findExpense(projectId: string, id: string, db: Db = this.prisma) {
    return db.projectExpense.findFirst({ where: { id, projectId }, include: expenseInclude });
  }

  findLine(projectId: string, id: string, db: Db = this.prisma) {
    return db.projectBudgetLine.findFirst({ where: { id, projectId } });
  }

  createExpense(tx: Tx, data: { projectId: string; budgetLineId: string; spentOn: Date; description: string; amountCents: bigint; reportId: string | null; createdById: string }) {
    return tx.projectExpense.create({ data, include: expenseInclude });
  }

  updateExpense(tx: Tx, id: string, data: { budgetLineId: string; spentOn: Date; description: string; amountCents: bigint; reportId?: string | null }) {
    return tx.projectExpense.update({ where: { id }, data: { ...data, version: { increment: 1 } }, include: expenseInclude });
  }

  deleteExpense(tx: Tx, id: string) {
    return tx.projectExpense.delete({ where: { id } });
  }

  countReceipts(tx: Tx, expenseId: string) {
    return tx.expenseReceipt.count({ where: { expenseId } });
  }

  createReceipt(tx: Tx, data: { expenseId: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string; storageKey: string; uploadedById: string }) {
    return tx.expenseReceipt.create({ data });
  }

  findReceipt(expenseId: string, id: string, db: Db = this.prisma) {
    return db.expenseReceipt.findFirst({ where: { id, expenseId } });
  }

  deleteReceipt(tx: Tx, id: string) {
    return tx.expenseReceipt.deleteMany({ where: { id } });
  }

  async applicationAnswers(tx: Tx, projectId: string): Promise<unknown> {
    return (await tx.project.findUnique({ where: { id: projectId }, select: { application: { select: { answers: true } } } }))?.application.answers ?? null;
  }

  /** The grantee organisation's members, who hear of decisions on its requests. */
  members(tx: Tx, organisationId: string) {
    return tx.user.findMany({
      where: { memberships: { some: { organisationId } } },
      select: { id: true, email: true, displayName: true, locale: true },
      orderBy: { email: 'asc' },
    });
  }
}
