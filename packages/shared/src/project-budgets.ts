import { z } from 'zod';
import { ZVersionNumber } from './bounds';
import { budgetLinesSchema, budgetLineTotalCents, MAX_BUDGET_LINES, ZBudgetLine, type TBudgetLine } from './budget';
import { allQuestions, ZBudgetCategory, type TBudgetCategory, type TFormDefinition } from './forms';
import { ZCents } from './money';

// ---------------------------------------------------------------- the budget of record

export interface TBudgetOfRecordLine {
  category: TBudgetCategory;
  description: string;
  amountCents: number;
}

/** The application's budget lines: its first answered budget table (as requestedCentsOf reads it), else none. */
export function applicationBudgetLinesOf(form: Pick<TFormDefinition, 'sections'>, answers: Record<string, unknown>): TBudgetLine[] {
  for (const question of allQuestions(form)) {
    if (question.type !== 'budget_table') continue;
    const parsed = budgetLinesSchema(ZBudgetLine).safeParse(answers[question.id]);
    if (parsed.success && parsed.data.length > 0) return parsed.data;
  }
  return [];
}

/**
 * The budget of record of a new funded project, from the application's approved budget: each
 * line keeps its category and description, and its amount is the grant's share of the line
 * (line total minus own contribution). When the award is smaller than those shares add up to
 * (a partial award), every line is cut in proportion, in whole cents, by the largest remainder
 * method (ties to the earlier line), so the lines add up to the award exactly. The migration
 * that backfilled existing projects (prisma/migrations/*_project_budgets) applies the same rule in SQL.
 */
export function budgetOfRecordFrom(lines: readonly TBudgetLine[], awardedCents: number): TBudgetOfRecordLine[] {
  const shares = lines.map((line) => BigInt(Math.max(0, budgetLineTotalCents(line) - line.ownContributionCents)));
  const total = shares.reduce((sum, share) => sum + share, 0n);
  const awarded = BigInt(awardedCents);
  let amounts = shares;
  if (total > awarded) {
    amounts = shares.map((share) => (share * awarded) / total);
    let leftover = awarded - amounts.reduce((sum, amount) => sum + amount, 0n);
    const order = shares.map((share, index) => ({ index, remainder: (share * awarded) % total })).sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
    for (const { index } of order) {
      if (leftover === 0n) break;
      amounts[index]! += 1n;
      leftover -= 1n;
    }
  }
  return lines.map((line, index) => ({ category: line.category, description: line.description, amountCents: Number(amounts[index]!) }));
}

// ---------------------------------------------------------------- spent against budget

export interface TLineSpending {
  lineId: string;
  budgetCents: number;
  spentCents: number;
  /** Budget minus spent; negative once the line is overspent. */
  remainingCents: number;
  /** How far past the line spending may go before it is flagged (rounded down to a cent). */
  toleranceCents: number;
  /** Spent above the line's budget (0 when within it). */
  overByCents: number;
  /** Spent more than the budget plus the call's tolerance. */
  flagged: boolean;
}

export interface TBudgetSpending {
  lines: TLineSpending[];
  budgetCents: number;
  spentCents: number;
  remainingCents: number;
  flaggedLineIds: string[];
}

/**
 * Spent against budget per line, in integer cents. A line is flagged when spending passes its
 * budget by more than `tolerancePercent` of it: spent × 100 > budget × (100 + tolerance),
 * compared exactly, so spending exactly at the tolerance is not flagged and one cent more is.
 * A zero-amount line is flagged by any spending; tolerance 0 flags any cent above the line.
 * Expenses on a line that is not in `lines` are ignored.
 */
export function budgetSpending(
  lines: readonly { id: string; amountCents: number }[],
  expenses: readonly { budgetLineId: string; amountCents: number }[],
  tolerancePercent: number,
): TBudgetSpending {
  const tolerance = BigInt(Math.min(100, Math.max(0, Math.trunc(tolerancePercent))));
  const spent = new Map<string, bigint>(lines.map((line) => [line.id, 0n]));
  for (const expense of expenses) {
    const sum = spent.get(expense.budgetLineId);
    if (sum !== undefined) spent.set(expense.budgetLineId, sum + BigInt(expense.amountCents));
  }
  let budgetTotal = 0n;
  let spentTotal = 0n;
  const result = lines.map((line): TLineSpending => {
    const budget = BigInt(line.amountCents);
    const used = spent.get(line.id)!;
    budgetTotal += budget;
    spentTotal += used;
    return {
      lineId: line.id,
      budgetCents: line.amountCents,
      spentCents: Number(used),
      remainingCents: Number(budget - used),
      toleranceCents: Number((budget * tolerance) / 100n),
      overByCents: used > budget ? Number(used - budget) : 0,
      flagged: used * 100n > budget * (100n + tolerance),
    };
  });
  return {
    lines: result,
    budgetCents: Number(budgetTotal),
    spentCents: Number(spentTotal),
    remainingCents: Number(budgetTotal - spentTotal),
    flaggedLineIds: result.filter((line) => line.flagged).map((line) => line.lineId),
  };
}

/** The call setting's bounds and default. */
export const DEFAULT_OVERSPEND_TOLERANCE_PERCENT = 10;
export const ZOverspendTolerancePercent = z.number().int().min(0).max(100);

// ---------------------------------------------------------------- budget change requests

export const BUDGET_CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const ZBudgetChangeStatus = z.enum(BUDGET_CHANGE_STATUSES);
export type TBudgetChangeStatus = z.infer<typeof ZBudgetChangeStatus>;

export const BUDGET_CHANGE_ACTIONS = ['approve', 'reject', 'withdraw'] as const;
export const ZBudgetChangeAction = z.enum(BUDGET_CHANGE_ACTIONS);
export type TBudgetChangeAction = z.infer<typeof ZBudgetChangeAction>;

export interface TBudgetChangeTransition {
  from: readonly TBudgetChangeStatus[];
  to: TBudgetChangeStatus;
  /** Who takes it: programme staff, or a member of the grantee organisation. */
  by: 'staff' | 'member';
  /** A written comment is part of it (sent to the grantee). */
  needsComment: boolean;
}

/**
 * Budget change requests as data: the grantee files one (pending); a coordinator of the
 * programme approves it (the budget of record changes in the same transaction) or rejects it
 * with a comment; the grantee may withdraw it while it is pending. Audited as `project.budgetChange.<action>`.
 */
export const BUDGET_CHANGE_TRANSITIONS: Record<TBudgetChangeAction, TBudgetChangeTransition> = {
  approve: { from: ['pending'], to: 'approved', by: 'staff', needsComment: false },
  reject: { from: ['pending'], to: 'rejected', by: 'staff', needsComment: true },
  withdraw: { from: ['pending'], to: 'withdrawn', by: 'member', needsComment: false },
};

export function budgetChangeActionsFor(status: TBudgetChangeStatus, viewer: 'staff' | 'member'): TBudgetChangeAction[] {
  return BUDGET_CHANGE_ACTIONS.filter((action) => BUDGET_CHANGE_TRANSITIONS[action].from.includes(status) && BUDGET_CHANGE_TRANSITIONS[action].by === viewer);
}

/** How much a change request moves the total of the budget (0: money only moves between lines). */
export function budgetChangeTotalDelta(items: readonly { fromCents: number; toCents: number }[]): number {
  return items.reduce((sum, item) => sum + item.toCents - item.fromCents, 0);
}

// ---------------------------------------------------------------- API contract

const ZIsoDate = z.iso.date();
const ZInstant = z.iso.datetime({ offset: true });
const ZReason = z.string().trim().min(1).max(2000);
const ZLineDescription = z.string().trim().min(1).max(500);
export const BUDGET_PAGE_SIZE_MAX = 100;

export const ZProjectBudgetLine = z.object({
  id: z.string(),
  position: z.number().int(),
  category: ZBudgetCategory,
  description: z.string(),
  amountCents: z.number().int(),
  originalCents: z.number().int(),
  spentCents: z.number().int(),
  remainingCents: z.number().int(),
  toleranceCents: z.number().int(),
  overByCents: z.number().int(),
  flagged: z.boolean(),
});
export type TProjectBudgetLine = z.infer<typeof ZProjectBudgetLine>;

export const ZProjectBudget = z.object({
  projectId: z.string(),
  /** The budget's version: an edit names the one it was made on. */
  version: z.number().int(),
  awardedCents: z.number().int(),
  tolerancePercent: z.number().int(),
  lines: z.array(ZProjectBudgetLine),
  budgetCents: z.number().int(),
  spentCents: z.number().int(),
  remainingCents: z.number().int(),
  pendingChanges: z.number().int(),
  viewer: z.enum(['staff', 'member']),
  /** Staff, while the project is not closed or terminated. */
  mayEdit: z.boolean(),
  /** Members, while the project runs (active or final report due). */
  mayRequestChange: z.boolean(),
  /** Members, while the project is active. */
  mayRecordExpenses: z.boolean(),
});
export type TProjectBudget = z.infer<typeof ZProjectBudget>;

export const ZBudgetLineInput = z.object({
  /** An existing line of this budget; absent for a new line. */
  id: z.uuid().optional(),
  category: ZBudgetCategory,
  description: ZLineDescription,
  amountCents: ZCents,
});
export type TBudgetLineInput = z.input<typeof ZBudgetLineInput>;

export const ZUpdateBudgetRequest = z.object({
  version: ZVersionNumber,
  reason: ZReason,
  /** The lines as they should be, in order; a line left out is removed (not when it has expenses). */
  lines: z
    .array(ZBudgetLineInput)
    .max(MAX_BUDGET_LINES)
    .refine((lines) => new Set(lines.filter((line) => line.id).map((line) => line.id)).size === lines.filter((line) => line.id).length, { message: 'budget.lines.duplicate' }),
});
export type TUpdateBudgetRequest = z.input<typeof ZUpdateBudgetRequest>;

export const ZBudgetChangeItemInput = z.object({
  lineId: z.uuid(),
  /** The line's amount as the grantee saw it when filing. */
  fromCents: ZCents,
  toCents: ZCents,
});

export const ZCreateBudgetChangeRequest = z
  .object({
    reason: ZReason,
    items: z.array(ZBudgetChangeItemInput).min(1).max(MAX_BUDGET_LINES),
  })
  .superRefine((value, context) => {
    if (new Set(value.items.map((item) => item.lineId)).size !== value.items.length) {
      context.addIssue({ code: 'custom', path: ['items'], message: 'budgetChanges.lineTwice' });
    }
    if (value.items.every((item) => item.fromCents === item.toCents)) {
      context.addIssue({ code: 'custom', path: ['items'], message: 'budgetChanges.nothingChanges' });
    }
  });
export type TCreateBudgetChangeRequest = z.input<typeof ZCreateBudgetChangeRequest>;

export const ZBudgetChange = z.object({
  id: z.string(),
  status: ZBudgetChangeStatus,
  reason: z.string(),
  items: z.array(
    z.object({ lineId: z.string(), category: ZBudgetCategory, description: z.string(), fromCents: z.number().int(), toCents: z.number().int() }),
  ),
  /** Non-zero: the request changes the budget's total, which a coordinator must allow explicitly. */
  totalDeltaCents: z.number().int(),
  requestedByName: z.string().nullable(),
  createdAt: ZInstant,
  decidedByName: z.string().nullable(),
  decidedAt: ZInstant.nullable(),
  decisionComment: z.string().nullable(),
  allowedActions: z.array(ZBudgetChangeAction),
});
export type TBudgetChange = z.infer<typeof ZBudgetChange>;

export const ZBudgetChangeListQuery = z.object({
  status: ZBudgetChangeStatus.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(BUDGET_PAGE_SIZE_MAX).default(20),
});
export type TBudgetChangeListQuery = z.input<typeof ZBudgetChangeListQuery>;

export const ZBudgetChangeListResponse = z.object({
  items: z.array(ZBudgetChange),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TBudgetChangeListResponse = z.infer<typeof ZBudgetChangeListResponse>;

export const ZBudgetChangeTransitionRequest = z
  .object({
    action: ZBudgetChangeAction,
    comment: z.string().trim().min(1).max(2000).optional(),
    /** Approve a request that changes the budget's total (never above the award). */
    allowTotalChange: z.boolean().default(false),
  })
  .superRefine((value, context) => {
    if (BUDGET_CHANGE_TRANSITIONS[value.action].needsComment && !value.comment) {
      context.addIssue({ code: 'custom', path: ['comment'], message: 'budgetChanges.commentRequired' });
    }
  });
export type TBudgetChangeTransitionRequest = z.input<typeof ZBudgetChangeTransitionRequest>;

// ---------------------------------------------------------------- expenses

export const ZExpenseReceipt = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: ZInstant,
});
export type TExpenseReceipt = z.infer<typeof ZExpenseReceipt>;

export const ZExpense = z.object({
  id: z.string(),
  budgetLineId: z.string(),
  spentOn: ZIsoDate,
  description: z.string(),
  amountCents: z.number().int(),
  /** The report that declares it, once reports take expenses. */
  reportId: z.string().nullable(),
  version: z.number().int(),
  receipts: z.array(ZExpenseReceipt),
  createdByName: z.string().nullable(),
  createdAt: ZInstant,
});
export type TExpense = z.infer<typeof ZExpense>;

export const ZExpenseInput = z.object({
  budgetLineId: z.uuid(),
  spentOn: ZIsoDate,
  description: ZLineDescription,
  amountCents: ZCents.min(1),
  /** The report that declares it (a report of the same project whose expenses are open); null: not declared yet. */
  reportId: z.uuid().nullable().optional(),
});
export type TExpenseInput = z.input<typeof ZExpenseInput>;

export const ZCreateExpenseRequest = ZExpenseInput;
export type TCreateExpenseRequest = z.input<typeof ZCreateExpenseRequest>;
export const ZUpdateExpenseRequest = ZExpenseInput.extend({ version: ZVersionNumber });
export type TUpdateExpenseRequest = z.input<typeof ZUpdateExpenseRequest>;

export const EXPENSE_SORTS = ['spentOn', 'amount'] as const;
export const ZExpenseListQuery = z.object({
  budgetLineId: z.uuid().optional(),
  /** Only the expenses a report declares. */
  reportId: z.uuid().optional(),
  sort: z.enum(EXPENSE_SORTS).default('spentOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(BUDGET_PAGE_SIZE_MAX).default(20),
});
export type TExpenseListQuery = z.input<typeof ZExpenseListQuery>;

export const ZExpenseListResponse = z.object({
  items: z.array(ZExpense),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TExpenseListResponse = z.infer<typeof ZExpenseListResponse>;

/** Receipts an expense may have. */
export const MAX_RECEIPTS_PER_EXPENSE = 5;

export function expenseReceiptUrl(projectId: string, expenseId: string, receiptId: string): string {
  return `/api/projects/${projectId}/expenses/${expenseId}/receipts/${receiptId}`;
}
