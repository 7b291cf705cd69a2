import { Table, Text } from '@mantine/core';
import { budgetLineTotalCents, compareBudgetLines, formatEuroCents, type TBudgetLine } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../form-renderer';

interface BudgetChangesProps {
  before: readonly TBudgetLine[];
  after: readonly TBudgetLine[];
  fromNumber: number;
  toNumber: number;
}

/** The budget lines that changed between two revisions, old and new side by side, and both totals. */
export function BudgetChanges({ before, after, fromNumber, toNumber }: BudgetChangesProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { changes, before: was, after: is } = compareBudgetLines(before, after);
  const money = (cents: number) => formatEuroCents(cents, language);
  const describeLine = (line: TBudgetLine | undefined) =>
    line
      ? t('applications.revisions.budget.line', {
          quantity: formatQuantity(line.quantity, language),
          unitCost: money(line.unitCostCents),
          total: money(budgetLineTotalCents(line)),
          own: money(line.ownContributionCents),
        })
      : '—';
  const totals = [
    ['formRenderer.budget.total', was.totalCents, is.totalCents],
    ['formRenderer.budget.ownContributionTotal', was.ownContributionCents, is.ownContributionCents],
    ['formRenderer.budget.requested', was.requestedCents, is.requestedCents],
  ] as const;
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table withTableBorder captionSide="top" fz="sm" style={{ overflowWrap: 'anywhere' }}>
        <Table.Caption>{t('applications.revisions.budget.caption', { count: changes.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('applications.revisions.budget.lineColumn')}</Table.Th>
            <Table.Th scope="col">{t('applications.revisions.revisionN', { number: fromNumber })}</Table.Th>
            <Table.Th scope="col">{t('applications.revisions.revisionN', { number: toNumber })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change, index) => {
            const line = change.kind === 'removed' ? change.before : change.after;
            return (
              <Table.Tr key={index} data-change={change.kind}>
                <Table.Th scope="row" fw={400}>
                  <Text span fw={700} size="sm">
                    {`${t(`applications.revisions.budget.${change.kind}`)}:`}
                  </Text>{' '}
                  {t(`formRenderer.budget.categories.${line.category}`)} — {line.description}
                </Table.Th>
                <Table.Td>{describeLine(change.kind === 'added' ? undefined : change.before)}</Table.Td>
                <Table.Td>{describeLine(change.kind === 'removed' ? undefined : change.after)}</Table.Td>
              </Table.Tr>
            );
          })}
          {totals.map(([key, old, now]) => (
            <Table.Tr key={key} data-total>
              <Table.Th scope="row">{t(key)}</Table.Th>
              <Table.Td fw={old === now ? undefined : 700}>{money(old)}</Table.Td>
              <Table.Td fw={old === now ? undefined : 700}>{money(now)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
