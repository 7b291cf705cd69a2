import { Alert, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { centsToEuroInput, DEFAULT_ATTACHMENT_TYPES, formatEuroCents, parseEuroToCents, type TExpense, type TProjectBudget } from '@kopa/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { BudgetLinesTable, spendingWith } from './budget-lines-table';
import { CancelAndSave } from './form-parts';
import { useSaveExpense, useUploadReceipt } from './project-budgets.api';

/**
 * Adds or corrects an expense. While the grantee types, the totals are worked out again with
 * the draft counted (and the saved amount of a corrected expense taken out), by the same
 * shared function as the server: the line's balance and its overspend flag show before saving
 * and are announced to screen readers.
 */
export function ExpenseForm({ budget, expense, reportId, onDone }: { budget: TProjectBudget; expense: TExpense | null; reportId?: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const euro = (cents: number) => formatEuroCents(cents, locale);
  const save = useSaveExpense(budget.projectId);
  const upload = useUploadReceipt(budget.projectId);
  const [lineId, setLineId] = useState<string | null>(expense?.budgetLineId ?? null);
  const [spentOn, setSpentOn] = useState(expense?.spentOn ?? '');
  const [description, setDescription] = useState(expense?.description ?? '');
  const [amount, setAmount] = useState(expense ? centsToEuroInput(expense.amountCents, locale) : '');
  const [receipt, setReceipt] = useState<File | null>(null);
  const [touched, setTouched] = useState(false);
  const headingId = useId();
  const fileId = useId();
  const cents = parseEuroToCents(amount);

  const draft = [
    ...(expense ? [{ budgetLineId: expense.budgetLineId, amountCents: -expense.amountCents }] : []),
    ...(lineId && cents !== null ? [{ budgetLineId: lineId, amountCents: cents }] : []),
  ];
  const spending = spendingWith(budget, draft);
  const lineIndex = budget.lines.findIndex((line) => line.id === lineId);
  const line = lineIndex >= 0 ? budget.lines[lineIndex]! : null;
  const totals = lineIndex >= 0 ? spending.lines[lineIndex]! : null;
  const live =
    !line || !totals || cents === null
      ? t('budgets.expenses.live.none')
      : totals.flagged
        ? t('budgets.expenses.live.flagged', { line: line.description, over: euro(totals.overByCents), percent: budget.tolerancePercent })
        : t('budgets.expenses.live.within', { line: line.description, spent: euro(totals.spentCents), budget: euro(totals.budgetCents), remaining: euro(totals.remainingCents) });

  const missing = { lineId: !lineId, spentOn: !spentOn, description: !description.trim(), amount: cents === null || cents < 1 };
  const submit = () => {
    setTouched(true);
    if (Object.values(missing).some(Boolean)) return;
    const body = { budgetLineId: lineId!, spentOn, description: description.trim(), amountCents: cents!, ...(reportId ? { reportId } : {}) };
    save.mutate(
      expense ? { expenseId: expense.id, body: { ...body, version: expense.version } } : { expenseId: null, body },
      {
        onSuccess: (saved) => {
          const done = () => (notifySuccess(t('budgets.expenses.saved')), onDone());
          if (receipt) upload.mutate({ expenseId: saved.id, file: receipt }, { onSuccess: done });
          else done();
        },
      },
    );
  };

  return (
    <Card withBorder component="form" aria-labelledby={headingId} onSubmit={(event) => (event.preventDefault(), submit())}>
      <Stack gap="sm">
        <Title order={4} id={headingId} size="h5">
          {expense ? t('budgets.expenses.editTitle') : t('budgets.expenses.add')}
        </Title>
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        {upload.isError ? <ProblemAlert error={upload.error} /> : null}
        <Select
          label={t('budgets.expenses.line')}
          required
          data={budget.lines.map((option) => ({ value: option.id, label: option.description }))}
          value={lineId}
          onChange={setLineId}
          error={touched && missing.lineId ? t('budgets.expenses.required') : undefined}
        />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            type="date"
            label={t('budgets.expenses.date')}
            required
            value={spentOn}
            onChange={(event) => setSpentOn(event.currentTarget.value)}
            error={touched && missing.spentOn ? t('budgets.expenses.required') : undefined}
            miw={160}
          />
          <TextInput
            label={t('budgets.expenses.amount')}
            required
            inputMode="decimal"
            maxLength={20}
            value={amount}
            onChange={(event) => setAmount(event.currentTarget.value)}
            error={touched && missing.amount ? t('budgets.expenses.invalidAmount') : undefined}
            miw={140}
          />
        </Group>
        <TextInput
          label={t('budgets.expenses.description')}
          required
          maxLength={500}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={touched && missing.description ? t('budgets.expenses.required') : undefined}
        />
        {!expense && (
          <Stack gap={4}>
            <Text component="label" htmlFor={fileId} size="sm" fw={500}>
              {t('budgets.expenses.receiptFile')}
            </Text>
            <input id={fileId} type="file" accept={DEFAULT_ATTACHMENT_TYPES.join(',')} className="kopa-file-input" onChange={(event) => setReceipt(event.currentTarget.files?.[0] ?? null)} />
            <Text size="xs">{t('budgets.expenses.receiptHint')}</Text>
          </Stack>
        )}
        <div role="status" aria-live="polite" aria-atomic="true">
          {totals?.flagged && cents !== null ? (
            <Alert color="red" variant="light" title={t('budgets.lines.flagged', { amount: euro(totals.overByCents) })}>
              {live}
            </Alert>
          ) : (
            <Text size="sm">{live}</Text>
          )}
        </div>
        <BudgetLinesTable lines={budget.lines} spending={spending} tolerancePercent={budget.tolerancePercent} caption={t('budgets.lines.previewCaption')} highlightLineId={lineId} />
        <CancelAndSave saveLabel={t('budgets.expenses.save')} pending={save.isPending || upload.isPending} onCancel={onDone} />
      </Stack>
    </Card>
  );
}
