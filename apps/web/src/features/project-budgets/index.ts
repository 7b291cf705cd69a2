// The public surface of project budgets in the web app: other features import from here only.
export { BudgetSection } from './budget-section';
export { ReportExpensesSection } from './report-expenses-section';
