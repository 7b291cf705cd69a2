import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { BudgetLinesTable, spendingWith } from './budget-lines-table';
import { ExpensesPanel } from './expenses-panel';
import { useProjectBudget } from './project-budgets.api';

/**
 * The "Expenses" part of a report (the grantee's editor and the coordinator's review alike):
 * spent against budget per line with the overspend flags, live as expenses are added, and the
 * expenses this report declares with their receipts. `editable`: the report's expenses are open.
 */
export function ReportExpensesSection({ projectId, reportId, editable }: { projectId: string; reportId: string; editable: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const budget = useProjectBudget(projectId);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={2} id={headingId} size="h3">
        {t('budgets.report.title')}
      </Title>
      {budget.isPending ? (
        <PageLoader />
      ) : budget.isError ? (
        <ProblemAlert error={budget.error} />
      ) : (
        <>
          <Text size="sm">{t('budgets.report.intro')}</Text>
          {budget.data.lines.length > 0 && (
            <BudgetLinesTable lines={budget.data.lines} spending={spendingWith(budget.data)} tolerancePercent={budget.data.tolerancePercent} caption={t('budgets.lines.caption')} />
          )}
          <ExpensesPanel budget={budget.data} report={{ id: reportId, editable }} />
        </>
      )}
    </Stack>
  );
}
