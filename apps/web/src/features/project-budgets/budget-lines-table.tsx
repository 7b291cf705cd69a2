import { Badge, Table, Text } from '@mantine/core';
import { budgetSpending, formatEuroCents, type TBudgetSpending, type TProjectBudget, type TProjectBudgetLine } from '@kopa/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../../i18n/languages';

interface Props {
  lines: readonly Pick<TProjectBudgetLine, 'id' | 'category' | 'description'>[];
  spending: TBudgetSpending;
  tolerancePercent: number;
  caption: string;
  /** The line a new expense goes to, marked for the eye (the live region says it in words). */
  highlightLineId?: string | null;
}

/** Spent against budget per line, with the overspend flag in words (never colour alone). */
export function BudgetLinesTable({ lines, spending, tolerancePercent, caption, highlightLineId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const euro = (cents: number) => formatEuroCents(cents, locale);
  const captionId = useId();

  return (
    // Focusable when it scrolls sideways (on a phone), so a keyboard can scroll it too.
    <Table.ScrollContainer minWidth={560} type="native" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table>
        <caption>
          <Text size="sm" ta="left" id={captionId}>
            {caption} {t('budgets.lines.tolerance', { percent: tolerancePercent })}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('budgets.lines.line')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budgets.lines.budget')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budgets.lines.spent')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('budgets.lines.remaining')}
            </Table.Th>
            <Table.Th scope="col">{t('budgets.lines.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => {
            const totals = spending.lines[index]!;
            return (
              <Table.Tr key={line.id} bg={line.id === highlightLineId ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm">{line.description}</Text>
                  <Text size="xs">{t(`formRenderer.budget.categories.${line.category}`)}</Text>
                </Table.Th>
                <Table.Td ta="right">{euro(totals.budgetCents)}</Table.Td>
                <Table.Td ta="right">{euro(totals.spentCents)}</Table.Td>
                <Table.Td ta="right">{euro(totals.remainingCents)}</Table.Td>
                <Table.Td>
                  {totals.flagged ? (
                    <Badge color="red.9" variant="filled">
                      {t('budgets.lines.flagged', { amount: euro(totals.overByCents) })}
                    </Badge>
                  ) : totals.overByCents > 0 ? (
                    <Text size="sm">{t('budgets.lines.withinTolerance', { amount: euro(totals.overByCents) })}</Text>
                  ) : (
                    <Text size="sm">{t('budgets.lines.ok')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('budgets.lines.total')}</Table.Th>
            <Table.Td ta="right" fw={700}>
              {euro(spending.budgetCents)}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {euro(spending.spentCents)}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {euro(spending.remainingCents)}
            </Table.Td>
            <Table.Td>{spending.flaggedLineIds.length > 0 ? t('budgets.lines.flaggedCount', { count: spending.flaggedLineIds.length }) : null}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Spent against budget with `extra` expenses counted too (a draft being typed; a negative
 * amount takes out the saved amount of an expense being corrected), by the same shared
 * function and the same tolerance as the server.
 */
export function spendingWith(budget: Pick<TProjectBudget, 'lines' | 'tolerancePercent'>, extra: readonly { budgetLineId: string; amountCents: number }[] = []): TBudgetSpending {
  return budgetSpending(
    budget.lines,
    [...budget.lines.map((line) => ({ budgetLineId: line.id, amountCents: line.spentCents })), ...extra],
    budget.tolerancePercent,
  );
}
