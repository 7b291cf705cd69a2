import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ProjectReportsModule } from '../project-reports';
import { ProjectsModule } from '../projects';
import { BudgetAccess } from './budget-access';
import { BudgetChangesService } from './budget-changes.service';
import { BudgetController } from './budget.controller';
import { BudgetService } from './budget.service';
import { ExpenseReceiptsService } from './expense-receipts.service';
import { ExpensesController } from './expenses.controller';
import { ExpensesService } from './expenses.service';
import { ProjectBudgetsRepository } from './project-budgets.repository';

/** Funded projects' money in detail: the budget of record, budget change requests, expenses with receipts and spent-vs-budget totals. */
@Module({
  imports: [ProjectsModule, ProjectReportsModule, AttachmentsModule],
  controllers: [BudgetController, ExpensesController],
  providers: [ProjectBudgetsRepository, BudgetAccess, BudgetService, BudgetChangesService, ExpensesService, ExpenseReceiptsService],
})
export class ProjectBudgetsModule {}
