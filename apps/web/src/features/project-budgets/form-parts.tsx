import { Button, Group, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The required written reason of a budget edit or change request (kept in the project's history). */
export function ReasonField({ label, description, value, onChange, touched }: { label: string; description?: string; value: string; onChange: (value: string) => void; touched: boolean }) {
  const { t } = useTranslation();
  return (
    <Textarea
      label={label}
      description={description}
      required
      autosize
      minRows={2}
      maxLength={2000}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={touched && !value.trim() ? t('budgets.expenses.required') : undefined}
    />
  );
}

/** Cancel and the form's own action, right-aligned; `onSave` absent: the action submits the form. */
export function CancelAndSave({ saveLabel, pending, onCancel, onSave }: { saveLabel: string; pending: boolean; onCancel: () => void; onSave?: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type={onSave ? 'button' : 'submit'} loading={pending} onClick={onSave}>
        {saveLabel}
      </Button>
    </Group>
  );
}
