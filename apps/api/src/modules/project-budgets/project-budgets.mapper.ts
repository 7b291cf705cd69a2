import { budgetChangeActionsFor, budgetChangeTotalDelta, budgetSpending, type TBudgetCategory, type TBudgetChange, type TExpense, type TProjectBudget } from '@kopa/shared';
import type { ProjectBudgetLine } from '../../generated/prisma/client';
import type { ProjectViewer } from '../projects';
import { isFinishedProject, mayRecordExpenses, mayRequestChange } from './budget-access';
import type { BudgetChangeRow, BudgetProjectFacts, ExpenseRow } from './project-budgets.repository';

export function toProjectBudget(input: {
  project: BudgetProjectFacts;
  viewer: ProjectViewer;
  version: number;
  lines: ProjectBudgetLine[];
  spent: { budgetLineId: string; amountCents: number }[];
  pendingChanges: number;
}): TProjectBudget {
  const { project, viewer, lines } = input;
  const tolerancePercent = project.call.overspendTolerancePercent;
  const spending = budgetSpending(
    lines.map((line) => ({ id: line.id, amountCents: Number(line.amountCents) })),
    input.spent,
    tolerancePercent,
  );
  return {
    projectId: project.id,
    version: input.version,
    awardedCents: Number(project.awardedCents),
    tolerancePercent,
    lines: lines.map((line, index) => {
      const { lineId: _lineId, budgetCents: _budgetCents, ...totals } = spending.lines[index]!;
      return {
        id: line.id,
        position: line.position,
        category: line.category as TBudgetCategory,
        description: line.description,
        amountCents: Number(line.amountCents),
        originalCents: Number(line.originalCents),
        ...totals,
      };
    }),
    budgetCents: spending.budgetCents,
    spentCents: spending.spentCents,
    remainingCents: spending.remainingCents,
    pendingChanges: input.pendingChanges,
    viewer,
    mayEdit: viewer === 'staff' && !isFinishedProject(project.status),
    mayRequestChange: viewer === 'member' && mayRequestChange(project.status),
    mayRecordExpenses: viewer === 'member' && mayRecordExpenses(project.status),
  };
}

export function toBudgetChange(row: BudgetChangeRow, viewer: ProjectViewer, projectStatus: string): TBudgetChange {
  const items = [...row.items]
    .sort((a, b) => a.line.position - b.line.position)
    .map((item) => ({
      lineId: item.lineId,
      category: item.line.category as TBudgetCategory,
      description: item.line.description,
      fromCents: Number(item.fromCents),
      toCents: Number(item.toCents),
    }));
  return {
    id: row.id,
    status: row.status,
    reason: row.reason,
    items,
    totalDeltaCents: budgetChangeTotalDelta(items),
    requestedByName: row.requestedBy?.displayName ?? null,
    createdAt: row.createdAt.toISOString(),
    decidedByName: row.decidedBy?.displayName ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionComment: row.decisionComment,
    allowedActions: isFinishedProject(projectStatus) ? [] : budgetChangeActionsFor(row.status, viewer),
  };
}

export function toExpense(row: ExpenseRow): TExpense {
  return {
    id: row.id,
    budgetLineId: row.budgetLineId,
    spentOn: row.spentOn.toISOString().slice(0, 10),
    description: row.description,
    amountCents: Number(row.amountCents),
    reportId: row.reportId,
    version: row.version,
    receipts: row.receipts.map((receipt) => ({
      id: receipt.id,
      fileName: receipt.fileName,
      mimeType: receipt.mimeType,
      sizeBytes: receipt.sizeBytes,
      createdAt: receipt.createdAt.toISOString(),
    })),
    createdByName: row.createdBy?.displayName ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
