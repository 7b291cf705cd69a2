import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_TIME_ZONE,
  ZCreateExpenseRequest,
  ZExpenseListQuery,
  ZUpdateExpenseRequest,
  type TCreateExpenseRequest,
  type TExpense,
  type TExpenseListQuery,
  type TExpenseListResponse,
  type TUpdateExpenseRequest,
} from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { ReportGate } from '../project-reports';
import { BudgetAccess, mayRecordExpenses } from './budget-access';
import { toExpense } from './project-budgets.mapper';
import { ProjectBudgetsRepository, type BudgetProjectFacts } from './project-budgets.repository';

/**
 * A project's expenses against its budget lines. Members of the grantee keep them while the
 * project is active; the programme's coordinators read them. Spending past a line is allowed
 * (the totals flag it against the call's tolerance): the coordinator judges it in the report.
 */
@Injectable()
export class ExpensesService {
  private readonly logger = new Logger(ExpensesService.name);

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectBudgetsRepository) private readonly repository: ProjectBudgetsRepository,
    @Inject(BudgetAccess) private readonly access: BudgetAccess,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(ReportGate) private readonly reports: ReportGate,
  ) {}

  async list(principal: Principal, projectId: string, rawQuery: TExpenseListQuery): Promise<TExpenseListResponse> {
    await this.access.load(principal, projectId);
    const query = ZExpenseListQuery.parse(rawQuery);
    const { rows, total } = await this.repository.listExpenses(projectId, query);
    return { items: rows.map(toExpense), total, page: query.page, pageSize: query.pageSize };
  }

  async create(principal: Principal, projectId: string, rawInput: TCreateExpenseRequest): Promise<TExpense> {
    const input = ZCreateExpenseRequest.parse(rawInput);
    return this.prisma.$transaction(async (tx) => {
      await this.lockActive(tx, principal, projectId);
      await this.checkInput(tx, projectId, input);
      await this.assertReportsOpen(tx, principal, projectId, [input.reportId ?? null]);
      const expense = await this.repository.createExpense(tx, {
        projectId,
        budgetLineId: input.budgetLineId,
        spentOn: dateOf(input.spentOn),
        description: input.description,
        amountCents: BigInt(input.amountCents),
        reportId: input.reportId ?? null,
        createdById: principal.id,
      });
      await this.audit.record(tx, { actorId: principal.id, action: 'project.expense.create', entityType: 'project', entityId: projectId, after: { expenseId: expense.id, ...input } });
      return toExpense(expense);
    });
  }

  async update(principal: Principal, projectId: string, expenseId: string, rawInput: TUpdateExpenseRequest): Promise<TExpense> {
    const { version, ...input } = ZUpdateExpenseRequest.parse(rawInput);
    return this.prisma.$transaction(async (tx) => {
      await this.lockActive(tx, principal, projectId);
      const before = await this.repository.findExpense(projectId, expenseId, tx);
      if (!before) throw Problems.notFound();
      if (before.version !== version) throw Problems.staleVersion(before.version);
      await this.checkInput(tx, projectId, input);
      await this.assertReportsOpen(tx, principal, projectId, [before.reportId, input.reportId ?? null]);
      const expense = await this.repository.updateExpense(tx, expenseId, {
        budgetLineId: input.budgetLineId,
        spentOn: dateOf(input.spentOn),
        description: input.description,
        amountCents: BigInt(input.amountCents),
        ...(input.reportId !== undefined ? { reportId: input.reportId } : {}),
      });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.expense.update',
        entityType: 'project',
        entityId: projectId,
        before: snapshot(toExpense(before)),
        after: { expenseId, ...input },
      });
      return toExpense(expense);
    });
  }

  async remove(principal: Principal, projectId: string, expenseId: string): Promise<void> {
    const removed = await this.prisma.$transaction(async (tx) => {
      await this.lockActive(tx, principal, projectId);
      const expense = await this.repository.findExpense(projectId, expenseId, tx);
      if (!expense) throw Problems.notFound();
      await this.assertReportsOpen(tx, principal, projectId, [expense.reportId]);
      await this.repository.deleteExpense(tx, expenseId);
      await this.audit.record(tx, { actorId: principal.id, action: 'project.expense.delete', entityType: 'project', entityId: projectId, before: snapshot(toExpense(expense)) });
      return expense;
    });
    // After the commit: a failure leaves an orphan file, never a receipt row without its content.
    for (const receipt of removed.receipts) {
      await this.storage.delete(receipt.storageKey).catch((error: unknown) => this.logger.warn(`could not remove receipt ${receipt.id}: ${String(error)}`));
    }
  }

  /** A member of the grantee, on an active project; the budget row is locked for the rest of the transaction. */
  async lockActive(tx: Tx, principal: Principal, projectId: string): Promise<BudgetProjectFacts> {
    const { project } = await this.access.lock(tx, principal, projectId, 'member');
    if (!mayRecordExpenses(project.status)) throw Problems.invalidTransition('Expenses may be recorded only while the project is active.');
    return project;
  }

  /**
   * A report's expenses are frozen once it is submitted, unless the coordinator reopened its
   * `expenses` part: an expense a report declares (or is moved to) changes only while that
   * report's expenses are open. The report must be one of this project's.
   */
  async assertReportsOpen(tx: Tx, principal: Principal, projectId: string, reportIds: (string | null | undefined)[]): Promise<void> {
    for (const reportId of new Set(reportIds.filter((id): id is string => typeof id === 'string'))) {
      if (!(await this.repository.isReportOf(projectId, reportId, tx))) {
        throw Problems.validation([{ path: 'reportId', code: 'custom', message: 'expenses.unknownReport' }], 'The report is not one of this project.');
      }
      await this.reports.assertExpensesEditable(tx, principal, reportId);
    }
  }

  private async checkInput(tx: Tx, projectId: string, input: { budgetLineId: string; spentOn: string }): Promise<void> {
    if (!(await this.repository.findLine(projectId, input.budgetLineId, tx))) {
      throw Problems.validation([{ path: 'budgetLineId', code: 'custom', message: 'expenses.unknownLine' }], 'The budget line is not part of this project.');
    }
    if (input.spentOn > rigaToday(this.clock.now())) {
      throw Problems.validation([{ path: 'spentOn', code: 'too_big', message: 'expenses.spentOnFuture' }], 'An expense cannot be dated in the future.');
    }
  }
}

function dateOf(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

function rigaToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE }).format(now);
}

function snapshot(expense: TExpense) {
  return { expenseId: expense.id, budgetLineId: expense.budgetLineId, spentOn: expense.spentOn, description: expense.description, amountCents: expense.amountCents, reportId: expense.reportId };
}
