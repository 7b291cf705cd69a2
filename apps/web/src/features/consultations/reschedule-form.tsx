import { Button, Group, Select } from '@mantine/core';
import type { TConsultationBookingStaff } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useFreeSlots, useReschedule } from './consultations.api';
import { slotLabel } from './slot-label';

/** Moves a booking to another free time offering its topic (the server checks the cut-off again). */
export function RescheduleForm({ booking }: { booking: TConsultationBookingStaff }) {
  const { t, i18n } = useTranslation();
  const slots = useFreeSlots(1, booking.topic);
  const reschedule = useReschedule(booking.id);
  const [slotId, setSlotId] = useState<string | null>(null);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (slotId) reschedule.mutate(slotId, { onSuccess: () => notifySuccess(t('consultations.page.moved')) });
      }}
    >
      <Group align="end">
        <Select
          label={t('consultations.page.newTime')}
          data={(slots.data?.items ?? []).map((slot) => ({ value: slot.id, label: slotLabel(slot, t, i18n.language) }))}
          value={slotId}
          onChange={setSlotId}
          w={420}
          nothingFoundMessage={t('consultations.book.noSlots')}
        />
        <Button type="submit" variant="default" disabled={!slotId} loading={reschedule.isPending}>
          {t('consultations.page.move')}
        </Button>
      </Group>
      {reschedule.isError && <ProblemAlert error={reschedule.error} />}
    </form>
  );
}
