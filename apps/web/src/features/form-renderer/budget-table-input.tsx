import { ActionIcon, Button, Fieldset, Group, List, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { BUDGET_CATEGORIES, formatEuroCents, parseEuroToCents, type TBudgetLimits, type TBudgetLine } from '@kopa/shared';
import { useEffect, useRef, useState } from 'react';
import {
  budgetLinesFromRows,
  budgetRowsFromLines,
  budgetSummary,
  emptyBudgetRow,
  formatPercent,
  parseQuantity,
  type BudgetRow,
} from './form-renderer-logic';
import type { RendererText } from './use-renderer-text';
import { dequal } from 'dequal';

interface BudgetTableInputProps {
  id: string;
  questionId: string;
  label: string;
  help?: string;
  required?: boolean;
  lines: TBudgetLine[];
  onChange: (lines: TBudgetLine[]) => void;
  readOnly?: boolean;
  error?: string;
  /** Message keys by `<questionId>.<line>.<field>`. */
  nestedErrors: Record<string, string>;
  limits?: TBudgetLimits;
  text: RendererText;
}

type RowField = 'description' | 'quantity' | 'unitCost' | 'ownContribution';
const FIELD_OF_ANSWER: Record<RowField, string> = {
  description: 'description',
  quantity: 'quantity',
  unitCost: 'unitCostCents',
  ownContribution: 'ownContributionCents',
};

/** Budget lines with live totals (integer cents) checked against the call's limits. */
export function BudgetTableInput(props: BudgetTableInputProps) {
  const { id, questionId, label, help, required, lines, onChange, readOnly, error, nestedErrors, limits, text } = props;
  const { t, language, message } = text;
  const [rows, setRows] = useState<BudgetRow[]>(() => budgetRowsFromLines(lines, language));
  const lastEmitted = useRef<TBudgetLine[]>(lines);

  // Lines changed from outside (a conflict resolved, a reload): show them. Compared by value,
  // ignoring key order, so the server echoing a save (jsonb reorders keys) does not rebuild the rows.
  useEffect(() => {
    if (!dequal(lines, lastEmitted.current)) {
      lastEmitted.current = lines;
      setRows(budgetRowsFromLines(lines, language));
    }
  }, [lines, language]);

  // A line added with the button takes the focus: keyboard users land in the new line
  // instead of having to go back past the button to reach it.
  const focusRowKey = useRef<string | null>(null);
  useEffect(() => {
    if (!focusRowKey.current) return;
    document.getElementById(`${id}-line-${focusRowKey.current}`)?.focus();
    focusRowKey.current = null;
  });

  const update = (next: BudgetRow[]) => {
    setRows(next);
    const answer = budgetLinesFromRows(next);
    lastEmitted.current = answer;
    onChange(answer);
  };
  const setField = (index: number, patch: Partial<BudgetRow>) =>
    update(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  const summary = budgetSummary(budgetLinesFromRows(rows), limits);
  const money = (cents: number) => formatEuroCents(cents, language);
  const categories = BUDGET_CATEGORIES.map((category) => ({ value: category, label: t(`formRenderer.budget.categories.${category}`) }));

  const fieldError = (index: number, field: RowField, row: BudgetRow): string | undefined => {
    if (field === 'quantity' && row.quantity.trim() !== '' && parseQuantity(row.quantity) === null) return t('formRenderer.budget.quantityInvalid');
    if (field === 'unitCost' && row.unitCost.trim() !== '' && parseEuroToCents(row.unitCost) === null) return t('formRenderer.money.invalid');
    if (field === 'ownContribution' && row.ownContribution.trim() !== '' && parseEuroToCents(row.ownContribution) === null) return t('formRenderer.money.invalid');
    const key = nestedErrors[`${questionId}.${index}.${FIELD_OF_ANSWER[field]}`];
    return key ? message(key) : undefined;
  };

  return (
    <Fieldset
      id={id}
      legend={
        <>
          {label}
          {required && (
            <Text span c="red" aria-hidden>
              {' *'}
            </Text>
          )}
        </>
      }
    >
      <Stack gap="sm">
        {help && (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {help}
          </Text>
        )}
        {rows.length === 0 ? (
          <Text size="sm">{t('formRenderer.budget.noLines')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-label={label}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('formRenderer.budget.category')}</Table.Th>
                  <Table.Th>{t('formRenderer.budget.description')}</Table.Th>
                  <Table.Th>{t('formRenderer.budget.quantity')}</Table.Th>
                  <Table.Th>{t('formRenderer.budget.unitCost')}</Table.Th>
                  <Table.Th>{t('formRenderer.budget.ownContribution')}</Table.Th>
                  <Table.Th>{t('formRenderer.budget.lineTotal')}</Table.Th>
                  {!readOnly && (
                    <Table.Th>
                      <VisuallyHidden>{t('formRenderer.budget.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => {
                  const line = budgetLinesFromRows([row])[0];
                  const lineTotal = budgetSummary([line]).totalCents;
                  const lineLabel = (field: string) => t('formRenderer.budget.cellLabel', { field, line: index + 1 });
                  return (
                    <Table.Tr key={row.key}>
                      <Table.Td>
                        <Select
                          id={`${id}-line-${row.key}`}
                          aria-label={lineLabel(t('formRenderer.budget.category'))}
                          data={categories}
                          value={row.category}
                          allowDeselect={false}
                          readOnly={readOnly}
                          onChange={(next) => next && setField(index, { category: next as BudgetRow['category'] })}
                          error={nestedErrors[`${questionId}.${index}.category`] ? message(nestedErrors[`${questionId}.${index}.category`]) : undefined}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={lineLabel(t('formRenderer.budget.description'))}
                          value={row.description}
                          readOnly={readOnly}
                          onChange={(event) => setField(index, { description: event.currentTarget.value })}
                          error={fieldError(index, 'description', row)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={lineLabel(t('formRenderer.budget.quantity'))}
                          inputMode="decimal"
                          w={90}
                          value={row.quantity}
                          readOnly={readOnly}
                          onChange={(event) => setField(index, { quantity: event.currentTarget.value })}
                          error={fieldError(index, 'quantity', row)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={lineLabel(t('formRenderer.budget.unitCost'))}
                          inputMode="decimal"
                          rightSection="€"
                          w={130}
                          value={row.unitCost}
                          readOnly={readOnly}
                          onChange={(event) => setField(index, { unitCost: event.currentTarget.value })}
                          error={fieldError(index, 'unitCost', row)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={lineLabel(t('formRenderer.budget.ownContribution'))}
                          inputMode="decimal"
                          rightSection="€"
                          w={130}
                          value={row.ownContribution}
                          readOnly={readOnly}
                          onChange={(event) => setField(index, { ownContribution: event.currentTarget.value })}
                          error={fieldError(index, 'ownContribution', row)}
                        />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{money(lineTotal)}</Table.Td>
                      {!readOnly && (
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('formRenderer.budget.removeLine', { line: index + 1 })}
                            onClick={() => update(rows.filter((_, at) => at !== index))}
                          >
                            ✕
                          </ActionIcon>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {!readOnly && (
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                const row = emptyBudgetRow();
                focusRowKey.current = row.key;
                update([...rows, row]);
              }}
            >
              {t('formRenderer.budget.addLine')}
            </Button>
          </Group>
        )}
        {/* dl > div > dt + dd is valid HTML; the dl itself is the flex row so nothing else sits between. */}
        <Group component="dl" gap="xl" className="kopa-budget-totals" aria-live="polite" style={{ margin: 0 }}>
          <div>
            <Text component="dt" size="sm" c="dimmed">{t('formRenderer.budget.total')}</Text>
            <Text component="dd" fw={700} m={0}>{money(summary.totalCents)}</Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">{t('formRenderer.budget.ownContributionTotal')}</Text>
            <Text component="dd" fw={700} m={0}>
              {money(summary.ownContributionCents)} ({formatPercent(summary.ownContributionBasisPoints, language)})
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">{t('formRenderer.budget.requested')}</Text>
            <Text component="dd" fw={700} m={0}>{money(summary.requestedCents)}</Text>
          </div>
        </Group>
        {limits && (
          <Text size="sm" c="dimmed">
            {t('formRenderer.budget.limits', {
              min: money(limits.minAwardCents),
              max: money(limits.maxAwardCents),
              percent: limits.ownContributionPercent,
            })}
          </Text>
        )}
        {summary.problems.length > 0 && (
          <List size="sm" c="orange.9" aria-live="polite">
            {summary.problems.map((problem) => (
              <List.Item key={problem}>{message(problem)}</List.Item>
            ))}
          </List>
        )}
        {/* A problem of one cell is shown beside that cell, not again under the table. */}
        {error && !summary.problems.map(message).includes(error) && Object.keys(nestedErrors).length === 0 && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
