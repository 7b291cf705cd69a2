// The public surface of project budgets and expenses: other features import from here only.
export { ProjectBudgetsModule } from './project-budgets.module';
