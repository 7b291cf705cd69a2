import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DEFAULT_ATTACHMENT_MAX_BYTES, DEFAULT_ATTACHMENT_TYPES, MAX_RECEIPTS_PER_EXPENSE } from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { AttachmentsService } from '../attachments/attachments.service';
import { sanitizeFileName } from '../attachments/file-name';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { BudgetAccess } from './budget-access';
import { ExpensesService } from './expenses.service';
import { ProjectBudgetsRepository } from './project-budgets.repository';

export interface IncomingReceipt {
  fileName: string | undefined;
  content: Readable;
}

/**
 * Receipts of expenses, kept as application attachments are: the same storage driver, the
 * same size limit and accepted types decided from the content, 404 for anyone who may not see
 * the project. Members upload and remove them while the project is active; coordinators of
 * the programme read them; every download is audited.
 */
@Injectable()
export class ExpenseReceiptsService {
  private readonly logger = new Logger(ExpenseReceiptsService.name);

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectBudgetsRepository) private readonly repository: ProjectBudgetsRepository,
    @Inject(BudgetAccess) private readonly access: BudgetAccess,
    @Inject(ExpensesService) private readonly expenses: ExpensesService,
    @Inject(AttachmentsService) private readonly attachments: AttachmentsService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  async upload(principal: Principal, projectId: string, expenseId: string, file: IncomingReceipt) {
    // Refuse strangers before reading a byte of the body.
    await this.prisma.$transaction(async (tx) => {
      await this.expenses.lockActive(tx, principal, projectId);
      const expense = await this.repository.findExpense(projectId, expenseId, tx);
      if (!expense) throw Problems.notFound();
      await this.expenses.assertReportsOpen(tx, principal, projectId, [expense.reportId]);
    });
    const fileName = sanitizeFileName(file.fileName);
    const stored = await this.attachments.storeChecked(file.content, fileName, { maxBytes: DEFAULT_ATTACHMENT_MAX_BYTES, allowed: DEFAULT_ATTACHMENT_TYPES });
    try {
      return await this.prisma.$transaction(async (tx) => {
        await this.expenses.lockActive(tx, principal, projectId);
        const expense = await this.repository.findExpense(projectId, expenseId, tx);
        if (!expense) throw Problems.notFound();
        await this.expenses.assertReportsOpen(tx, principal, projectId, [expense.reportId]);
        if ((await this.repository.countReceipts(tx, expenseId)) >= MAX_RECEIPTS_PER_EXPENSE) {
          throw Problems.conflict(`An expense takes at most ${MAX_RECEIPTS_PER_EXPENSE} receipts; remove one first.`, [{ path: 'file', code: 'custom', message: 'expenses.tooManyReceipts' }]);
        }
        const receipt = await this.repository.createReceipt(tx, {
          expenseId,
          fileName,
          mimeType: stored.mimeType,
          sizeBytes: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: principal.id,
        });
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'project.expense.receiptUploaded',
          entityType: 'project',
          entityId: projectId,
          after: { expenseId, receiptId: receipt.id, fileName, mimeType: stored.mimeType, sizeBytes: stored.size, sha256: stored.sha256 },
        });
        return receipt;
      });
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
  }

  async open(principal: Principal, projectId: string, expenseId: string, receiptId: string) {
    const { viewer } = await this.access.load(principal, projectId);
    const receipt = (await this.repository.findExpense(projectId, expenseId)) ? await this.repository.findReceipt(expenseId, receiptId) : null;
    if (!receipt) throw Problems.notFound();
    const content = await this.attachments.contentOf(receipt.storageKey, `receipt ${receipt.id}`);
    await this.prisma.$transaction((tx) =>
      this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.expense.receiptDownloaded',
        entityType: 'project',
        entityId: projectId,
        after: { expenseId, receiptId, fileName: receipt.fileName, as: viewer },
      }),
    );
    return { receipt, content };
  }

  async remove(principal: Principal, projectId: string, expenseId: string, receiptId: string): Promise<void> {
    const receipt = await this.prisma.$transaction(async (tx) => {
      await this.expenses.lockActive(tx, principal, projectId);
      const expense = await this.repository.findExpense(projectId, expenseId, tx);
      const found = expense ? await this.repository.findReceipt(expenseId, receiptId, tx) : null;
      if (!expense || !found) throw Problems.notFound();
      await this.expenses.assertReportsOpen(tx, principal, projectId, [expense.reportId]);
      await this.repository.deleteReceipt(tx, receiptId);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.expense.receiptDeleted',
        entityType: 'project',
        entityId: projectId,
        before: { expenseId, receiptId, fileName: found.fileName },
      });
      return found;
    });
    await this.storage.delete(receipt.storageKey).catch((error: unknown) => this.logger.warn(`could not remove receipt ${receipt.id}: ${String(error)}`));
  }
}
