import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { useWithdrawApplication } from './applications.api';

/** Withdraw with a reason (draft or submitted); asks before doing something final. */
export function WithdrawDialog({ applicationId, onWithdrawn }: { applicationId: string; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);
  const withdraw = useWithdrawApplication(applicationId);

  const confirm = () => {
    if (!reason.trim()) {
      setShowError(true);
      return;
    }
    withdraw.mutate(
      { reason: reason.trim() },
      {
        onSuccess: () => {
          close();
          onWithdrawn();
        },
      },
    );
  };

  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {t('applications.withdraw.open')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('applications.withdraw.title')}>
        <Stack>
          {withdraw.isError && <ProblemAlert error={withdraw.error} />}
          <Textarea
            label={t('applications.withdraw.reason')}
            description={t('applications.withdraw.reasonHelp')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setShowError(false);
            }}
            error={showError ? t('validation.required') : undefined}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={withdraw.isPending} onClick={confirm}>
              {t('applications.withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
