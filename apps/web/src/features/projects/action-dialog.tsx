import { Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { DateField } from '../../components/date-field';

export interface ActionDetails {
  reason?: string;
  paidOn?: string;
  bankReference?: string;
}

interface Props {
  title: string;
  /** What the action asks for: a written reason, or the payment's date and bank reference. */
  asks: 'reason' | 'payment';
  pending: boolean;
  error: unknown;
  onConfirm: (details: ActionDetails) => void;
  onClose: () => void;
}

/** Confirms a project or tranche action that needs a reason or payment details before it is taken. */
export function ActionDialog({ title, asks, pending, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [bankReference, setBankReference] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = asks === 'reason' ? !reason.trim() : !paidOn || !bankReference.trim();

  const confirm = () => {
    setTouched(true);
    if (missing) return;
    onConfirm(asks === 'reason' ? { reason: reason.trim() } : { paidOn, bankReference: bankReference.trim() });
  };

  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {error ? <ProblemAlert error={error} /> : null}
        {asks === 'reason' ? (
          <Textarea
            label={t('projects.actions.reason')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={touched && !reason.trim() ? t('validation.required') : undefined}
            data-autofocus
          />
        ) : (
          <>
            <DateField
              label={t('projects.tranches.paidOn')}
              required
              value={paidOn}
              onChange={setPaidOn}
              error={touched && !paidOn ? t('validation.required') : undefined}
              data-autofocus
            />
            <TextInput
              label={t('projects.tranches.bankReference')}
              required
              maxLength={100}
              value={bankReference}
              onChange={(event) => setBankReference(event.currentTarget.value)}
              error={touched && !bankReference.trim() ? t('validation.required') : undefined}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={pending} onClick={confirm}>
            {title}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
