import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import type { TReportKind } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';

export interface ScheduleChange {
  kind: TReportKind;
  dueDate: string;
  reason: string;
}

interface Props {
  title: string;
  /** add: kind, date and reason; move: date and reason; remove: the reason only. */
  mode: 'add' | 'move' | 'remove';
  initialDate?: string;
  pending: boolean;
  error: unknown;
  onConfirm: (change: ScheduleChange) => void;
  onClose: () => void;
}

/** Adds, moves or removes a report of the schedule: every change carries a written reason. */
export function ScheduleDialog({ title, mode, initialDate = '', pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TReportKind>('interim');
  const [dueDate, setDueDate] = useState(initialDate);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const needsDate = mode !== 'remove';
  const missingDate = needsDate && !dueDate;
  const missingReason = !reason.trim();

  const confirm = () => {
    setTouched(true);
    if (missingDate || missingReason) return;
    onConfirm({ kind, dueDate, reason: reason.trim() });
  };

  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {error ? <ProblemAlert error={error} /> : null}
        {mode === 'add' && (
          <Select
            label={t('reports.schedule.kind')}
            data={(['interim', 'final'] as const).map((value) => ({ value, label: t(`reports.kind.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as TReportKind)}
            allowDeselect={false}
          />
        )}
        {needsDate && (
          <TextInput
            type="date"
            required
            label={t('reports.schedule.dueDate')}
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            error={touched && missingDate ? t('validation.required') : undefined}
          />
        )}
        <Textarea
          label={t('reports.schedule.reason')}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={touched && missingReason ? t('validation.required') : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={confirm} loading={pending}>
            {t('reports.schedule.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
