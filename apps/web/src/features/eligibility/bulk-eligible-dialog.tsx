import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useMarkPassingEligible } from './eligibility.api';

/**
 * "Mark all passing applications eligible", confirmed with the count. The API refuses when
 * the passing set changed since the list was loaded; the list then reloads with the new count.
 */
export function BulkEligibleAction({ callId, applicationIds }: { callId: string; applicationIds: string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const bulk = useMarkPassingEligible(callId);
  const count = applicationIds.length;

  return (
    <>
      <Button disabled={count === 0} onClick={() => setOpen(true)}>
        {t('eligibility.bulk.button', { count })}
      </Button>
      <Modal
        opened={open}
        onClose={() => {
          setOpen(false);
          bulk.reset();
        }}
        title={t('eligibility.bulk.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('eligibility.bulk.confirm', { count })}</Text>
          {bulk.isError && <ProblemAlert error={bulk.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('eligibility.bulk.cancel')}
            </Button>
            <Button
              loading={bulk.isPending}
              disabled={count === 0}
              onClick={async () => {
                // Awaited here rather than through mutate()'s callbacks: the list refetches as the
                // mutation settles, and the dialog must close on success whatever re-renders.
                const result = await bulk.mutateAsync(applicationIds).catch(() => null);
                if (!result) return;
                setOpen(false);
                notifySuccess(t('eligibility.bulk.done', { count: result.marked }));
              }}
            >
              {t('eligibility.bulk.submit', { count })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
