import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { BudgetChanges } from './budget-changes';
import { BudgetEditor } from './budget-editor';
import { BudgetLinesTable, spendingWith } from './budget-lines-table';
import { ExpensesPanel } from './expenses-panel';
import { useProjectBudget } from './project-budgets.api';

/** The "Budget" section of a funded project's page (grantee and coordinator alike; the API says what each may do). */
export function BudgetSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const budget = useProjectBudget(projectId);

  return (
    <Stack component="section" aria-labelledby="budget-heading" gap="md">
      <Title order={2} id="budget-heading" size="h3">
        {t('budgets.title')}
      </Title>
      {budget.isPending ? (
        <PageLoader />
      ) : budget.isError ? (
        <ProblemAlert error={budget.error} />
      ) : (
        <>
          <Text size="sm">{t('budgets.intro')}</Text>
          {budget.data.lines.length === 0 ? (
            <Text>{t('budgets.lines.empty')}</Text>
          ) : (
            <BudgetLinesTable lines={budget.data.lines} spending={spendingWith(budget.data)} tolerancePercent={budget.data.tolerancePercent} caption={t('budgets.lines.caption')} />
          )}
          {budget.data.mayEdit && <BudgetEditor key={budget.data.version} budget={budget.data} />}
          <BudgetChanges budget={budget.data} />
          <ExpensesPanel budget={budget.data} />
        </>
      )}
    </Stack>
  );
}
