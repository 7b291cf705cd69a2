import { Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { DEFAULT_ATTACHMENT_TYPES, expenseReceiptUrl, formatCalendarDate, formatEuroCents, type TExpense, type TProjectBudget } from '@kopa/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { ExpenseForm } from './expense-form';
import { useDeleteExpense, useDeleteReceipt, useExpenses, useUploadReceipt } from './project-budgets.api';

/**
 * The project's expenses with their receipts; the grantee's members keep them while the project
 * is active. Given a report, only the expenses it declares, changed only while its expenses are open.
 */
export function ExpensesPanel({ budget, report }: { budget: TProjectBudget; report?: { id: string; editable: boolean } }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const [page, setPage] = useState(1);
  const headingId = useId();
  const expenses = useExpenses(budget.projectId, page, report?.id);
  const [editing, setEditing] = useState<TExpense | 'new' | null>(null);
  const remove = useDeleteExpense(budget.projectId);
  const removeReceipt = useDeleteReceipt(budget.projectId);
  const upload = useUploadReceipt(budget.projectId);
  const writable = budget.mayRecordExpenses && (report?.editable ?? true);
  const lineName = (id: string) => budget.lines.find((line) => line.id === id)?.description ?? '—';
  const error = remove.error ?? removeReceipt.error ?? upload.error;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId} size="h4">
        {report ? t('budgets.expenses.reportTitle') : t('budgets.expenses.title')}
      </Title>
      {budget.viewer === 'member' && !writable && <Text size="sm">{report && budget.mayRecordExpenses ? t('budgets.expenses.frozen') : t('budgets.expenses.inactive')}</Text>}
      {writable && editing === null && (
        <Button w="fit-content" onClick={() => setEditing('new')}>
          {t('budgets.expenses.add')}
        </Button>
      )}
      {editing !== null && <ExpenseForm key={editing === 'new' ? 'new' : editing.id} budget={budget} expense={editing === 'new' ? null : editing} reportId={report?.id} onDone={() => setEditing(null)} />}
      {error ? <ProblemAlert error={error} /> : null}
      {expenses.isError ? <ProblemAlert error={expenses.error} /> : null}
      {expenses.data && expenses.data.total === 0 && <Text>{t('budgets.expenses.empty')}</Text>}
      {expenses.data && expenses.data.total > 0 && (
        <Table.ScrollContainer minWidth={640} type="native" role="region" aria-labelledby={headingId} tabIndex={0}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('budgets.expenses.date')}</Table.Th>
                <Table.Th scope="col">{t('budgets.expenses.description')}</Table.Th>
                <Table.Th scope="col">{t('budgets.expenses.line')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('budgets.expenses.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('budgets.expenses.receipts')}</Table.Th>
                {writable && <Table.Th scope="col">{t('budgets.expenses.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {expenses.data.items.map((expense) => (
                <Table.Tr key={expense.id}>
                  <Table.Td>{formatCalendarDate(expense.spentOn, locale)}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {expense.description}
                  </Table.Th>
                  <Table.Td>{lineName(expense.budgetLineId)}</Table.Td>
                  <Table.Td ta="right">{formatEuroCents(expense.amountCents, locale)}</Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {expense.receipts.length === 0 && <Text size="sm">{t('budgets.expenses.noReceipts')}</Text>}
                      {expense.receipts.map((receipt) => (
                        <Group key={receipt.id} gap={4} wrap="nowrap">
                          <Anchor href={expenseReceiptUrl(budget.projectId, expense.id, receipt.id)} size="sm" aria-label={t('budgets.expenses.download', { name: receipt.fileName })}>
                            {receipt.fileName}
                          </Anchor>
                          {writable && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              color="red.9"
                              aria-label={t('budgets.expenses.removeReceipt', { name: receipt.fileName })}
                              onClick={() => removeReceipt.mutate({ expenseId: expense.id, receiptId: receipt.id })}
                            >
                              ×
                            </Button>
                          )}
                        </Group>
                      ))}
                      {writable && (
                        <label>
                          <VisuallyHidden>{t('budgets.expenses.uploadLabel', { description: expense.description })}</VisuallyHidden>
                          <input
                            type="file"
                            accept={DEFAULT_ATTACHMENT_TYPES.join(',')}
                            className="kopa-file-input"
                            onChange={(event) => {
                              const file = event.currentTarget.files?.[0];
                              event.currentTarget.value = '';
                              if (file) upload.mutate({ expenseId: expense.id, file }, { onSuccess: () => notifySuccess(t('budgets.expenses.uploaded')) });
                            }}
                          />
                        </label>
                      )}
                    </Stack>
                  </Table.Td>
                  {writable && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(expense)}>
                          {t('budgets.expenses.edit')}
                          <VisuallyHidden> {expense.description}</VisuallyHidden>
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          color="red.9"
                          onClick={() => {
                            if (window.confirm(t('budgets.expenses.deleteConfirm', { description: expense.description }))) {
                              remove.mutate(expense.id, { onSuccess: () => notifySuccess(t('budgets.expenses.deleted')) });
                            }
                          }}
                        >
                          {t('budgets.expenses.delete')}
                          <VisuallyHidden> {expense.description}</VisuallyHidden>
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {expenses.data && <ListPagination total={expenses.data.total} pageSize={expenses.data.pageSize} page={page} onChange={setPage} />}
    </Stack>
  );
}
