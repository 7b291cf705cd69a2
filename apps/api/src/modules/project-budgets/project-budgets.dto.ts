import { createZodDto } from 'nestjs-zod';
import {
  ZBudgetChange,
  ZBudgetChangeListQuery,
  ZBudgetChangeListResponse,
  ZBudgetChangeTransitionRequest,
  ZCreateBudgetChangeRequest,
  ZCreateExpenseRequest,
  ZExpense,
  ZExpenseListQuery,
  ZExpenseListResponse,
  ZExpenseReceipt,
  ZProjectBudget,
  ZUpdateBudgetRequest,
  ZUpdateExpenseRequest,
} from '@kopa/shared';

export class ProjectBudgetDto extends createZodDto(ZProjectBudget) {}
export class UpdateBudgetDto extends createZodDto(ZUpdateBudgetRequest) {}
export class BudgetChangeDto extends createZodDto(ZBudgetChange) {}
export class BudgetChangeListQueryDto extends createZodDto(ZBudgetChangeListQuery) {}
export class BudgetChangeListDto extends createZodDto(ZBudgetChangeListResponse) {}
export class CreateBudgetChangeDto extends createZodDto(ZCreateBudgetChangeRequest) {}
export class BudgetChangeTransitionDto extends createZodDto(ZBudgetChangeTransitionRequest) {}
export class ExpenseDto extends createZodDto(ZExpense) {}
export class ExpenseListQueryDto extends createZodDto(ZExpenseListQuery) {}
export class ExpenseListDto extends createZodDto(ZExpenseListResponse) {}
export class CreateExpenseDto extends createZodDto(ZCreateExpenseRequest) {}
export class UpdateExpenseDto extends createZodDto(ZUpdateExpenseRequest) {}
export class ExpenseReceiptDto extends createZodDto(ZExpenseReceipt) {}
