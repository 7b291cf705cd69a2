import { Button, Group, Text } from '@mantine/core';
import type { TAgendaResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useCancelBooking, useWithdrawSlot } from './consultations.api';

type AgendaItem = TAgendaResponse['items'][number];

/**
 * What the consultant may still do with a time before it starts: withdraw a free one, or cancel
 * the consultation booked in it (the organisation's contact gets the cancellation with the .ics).
 * Both ask once more before acting.
 */
export function AgendaSlotActions({ item, started }: { item: AgendaItem; started: boolean }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdrawSlot();
  const cancel = useCancelBooking();
  if (started) return null;
  const booking = item.booking;
  const action = booking ? cancel : withdraw;
  const question = booking ? t('consultations.agenda.cancelQuestion', { organisation: booking.organisation.name }) : t('consultations.agenda.withdrawQuestion');

  const act = () => {
    const done = { onSuccess: () => notifySuccess(booking ? t('consultations.agenda.cancelled') : t('consultations.agenda.withdrawn')) };
    if (booking) cancel.mutate(booking.id, done);
    else withdraw.mutate(item.slot.id, done);
  };

  return (
    <>
      {confirming ? (
        <Group gap="xs" mt="xs" role="group" aria-label={question}>
          <Text size="sm">{question}</Text>
          <Button size="xs" color="red" loading={action.isPending} onClick={act}>
            {booking ? t('consultations.agenda.cancelConfirm') : t('consultations.agenda.withdrawConfirm')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
            {t('consultations.agenda.keep')}
          </Button>
        </Group>
      ) : (
        <Group mt="xs">
          <Button size="xs" variant="default" onClick={() => setConfirming(true)}>
            {booking ? t('consultations.agenda.cancel') : t('consultations.agenda.withdraw')}
          </Button>
        </Group>
      )}
      {action.isError && <ProblemAlert error={action.error} />}
    </>
  );
}
