import { ActionIcon, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { BUDGET_CATEGORIES, centsToEuroInput, formatEuroCents, parseEuroToCents, type TBudgetCategory, type TProjectBudget } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { CancelAndSave, ReasonField } from './form-parts';
import { useEditBudget } from './project-budgets.api';

interface Row {
  key: string;
  id?: string;
  category: TBudgetCategory;
  description: string;
  amount: string;
}

let nextKey = 0;

/** A coordinator edits the budget of record: lines, amounts and a reason that goes to the project's history. */
export function BudgetEditor({ budget }: { budget: TProjectBudget }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)} w="fit-content">
        {t('budgets.edit.open')}
      </Button>
      {open && <BudgetEditorDialog budget={budget} onClose={() => setOpen(false)} />}
    </>
  );
}

function BudgetEditorDialog({ budget, onClose }: { budget: TProjectBudget; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const edit = useEditBudget(budget.projectId);
  const [rows, setRows] = useState<Row[]>(() =>
    budget.lines.map((line) => ({ key: line.id, id: line.id, category: line.category, description: line.description, amount: centsToEuroInput(line.amountCents, locale) })),
  );
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const categories = BUDGET_CATEGORIES.map((category) => ({ value: category, label: t(`formRenderer.budget.categories.${category}`) }));
  const cents = rows.map((row) => parseEuroToCents(row.amount));
  const total = cents.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  const aboveAward = total > budget.awardedCents;
  const invalid = cents.some((value) => value === null) || rows.some((row) => !row.description.trim()) || !reason.trim() || aboveAward;
  const set = (index: number, patch: Partial<Row>) => setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const label = (field: string, index: number) => t('budgets.edit.lineLabel', { field, number: index + 1 });

  const save = () => {
    setTouched(true);
    if (invalid) return;
    edit.mutate(
      {
        version: budget.version,
        reason: reason.trim(),
        lines: rows.map((row, index) => ({ ...(row.id ? { id: row.id } : {}), category: row.category, description: row.description.trim(), amountCents: cents[index]! })),
      },
      { onSuccess: () => (notifySuccess(t('budgets.edit.saved')), onClose()) },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('budgets.edit.title')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {edit.isError ? <ProblemAlert error={edit.error} /> : null}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={label(t('budgets.edit.category'), index)}
              data={categories}
              value={row.category}
              allowDeselect={false}
              onChange={(value) => value && set(index, { category: value as TBudgetCategory })}
              w={{ base: '100%', sm: 180 }}
            />
            <TextInput
              label={label(t('budgets.edit.description'), index)}
              value={row.description}
              maxLength={500}
              onChange={(event) => set(index, { description: event.currentTarget.value })}
              error={touched && !row.description.trim() ? t('budgets.expenses.required') : undefined}
              style={{ flex: 1, minWidth: 200 }}
            />
            <TextInput
              label={label(t('budgets.edit.amount'), index)}
              inputMode="decimal"
              value={row.amount}
              maxLength={20}
              onChange={(event) => set(index, { amount: event.currentTarget.value })}
              error={touched && cents[index] === null ? t('budgets.edit.invalidAmount') : undefined}
              w={{ base: '100%', sm: 140 }}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              size="lg"
              aria-label={t('budgets.edit.removeLine', { number: index + 1 })}
              onClick={() => setRows((current) => current.filter((_, at) => at !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button variant="subtle" w="fit-content" onClick={() => setRows((current) => [...current, { key: `new-${nextKey++}`, category: 'other', description: '', amount: '' }])}>
          {t('budgets.edit.addLine')}
        </Button>
        <Text aria-live="polite" fw={aboveAward ? 700 : undefined} c={aboveAward ? 'red.9' : undefined}>
          {t('budgets.edit.total', { total: formatEuroCents(total, locale), awarded: formatEuroCents(budget.awardedCents, locale) })}
          {aboveAward ? ` ${t('budgets.edit.aboveAward')}` : ''}
        </Text>
        <ReasonField label={t('budgets.edit.reason')} description={t('budgets.edit.reasonHint')} value={reason} onChange={setReason} touched={touched} />
        <CancelAndSave saveLabel={t('budgets.edit.save')} pending={edit.isPending} onCancel={onClose} onSave={save} />
      </Stack>
    </Modal>
  );
}
