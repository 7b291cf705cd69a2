import { Anchor, Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { CONSULTATION_NOTES_MAX, hasPermission, type TConsultationAttendance, type TConsultationBookingStaff } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { notifySuccess } from '../../components/notify';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { useNow } from '../../lib/use-now';
import { usePageTitle } from '../../lib/use-page-title';
import { useMe } from '../auth/auth.api';
import { useBooking, useCancelBooking, useRecordBooking } from './consultations.api';
import { RescheduleForm } from './reschedule-form';
import { slotLabel } from './slot-label';

/** One consultation: details, calendar file, cancelling; for its consultant, the record of the session. */
export function ConsultationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const booking = useBooking(id);
  const { data: me } = useMe();
  const cancel = useCancelBooking();
  const now = useNow().getTime();
  usePageTitle(t('consultations.page.title'));

  if (booking.isPending) return <PageLoader />;
  if (booking.isError) return <ProblemAlert error={booking.error} />;
  const data = booking.data;
  const staff = Boolean(me && (hasPermission(me.roles, 'consultations:manage') || data.slot.consultant.id === me.id));
  const started = new Date(data.slot.startsAt).getTime() <= now;
  const changeable = data.status === 'booked' && !started && (staff || new Date(data.changeableUntil).getTime() >= now);
  const how = data.slot.mode === 'online' ? data.meetingUrl : data.slot.mode === 'phone' ? data.phone : data.slot.resourceCentre?.address;

  return (
    <Stack gap="xl" maw={760}>
      <Title order={1}>{t('consultations.page.title')}</Title>
      {data.status === 'cancelled' && <Text fw={700}>{t('consultations.page.cancelled')}</Text>}
      <DetailList
        items={[
          { label: t('consultations.page.when'), value: slotLabel(data.slot, t, i18n.language) },
          { label: t('consultations.page.how'), value: how ?? '' },
          { label: t('consultations.page.organisation'), value: data.organisation.name },
          { label: t('consultations.page.contact'), value: data.contact.displayName },
          { label: t('consultations.page.topic'), value: t(`consultations.topics.${data.topic}`) },
          { label: t('consultations.page.question'), value: data.question },
        ]}
      />
      {data.status === 'booked' && (
        <Group>
          <Anchor href={`/api/consultations/bookings/${data.id}/calendar.ics`} download>
            {t('consultations.page.calendar')}
          </Anchor>
          {changeable && (
            <Button variant="default" color="red" loading={cancel.isPending} onClick={() => cancel.mutate(data.id)}>
              {t('consultations.page.cancel')}
            </Button>
          )}
        </Group>
      )}
      {cancel.isError && <ProblemAlert error={cancel.error} />}
      {changeable && <RescheduleForm booking={data} />}
      {!staff && data.recordedAt && <Outcome booking={data} />}
      {staff && data.status === 'booked' && started && <RecordForm booking={data} />}
      {staff && !started && data.status === 'booked' && <Text>{t('consultations.record.later')}</Text>}
      {!staff && (
        <Anchor component={Link} to="/consultations/mine">
          {t('consultations.mine.title')}
        </Anchor>
      )}
    </Stack>
  );
}

function Outcome({ booking }: { booking: TConsultationBookingStaff }) {
  const { t } = useTranslation();
  return (
    <Stack component="section" aria-labelledby="outcome" gap="sm">
      <Title order={2} id="outcome">
        {t('consultations.record.outcomeTitle')}
      </Title>
      <DetailList
        items={[
          { label: t('consultations.record.attendance'), value: booking.attendance ? t(`consultations.attendance.${booking.attendance}`) : '' },
          { label: t('consultations.record.outcome'), value: booking.outcome ?? '' },
          { label: t('consultations.record.followUp'), value: booking.followUpActions ?? '' },
        ]}
      />
    </Stack>
  );
}

function RecordForm({ booking }: { booking: TConsultationBookingStaff }) {
  const { t } = useTranslation();
  const record = useRecordBooking(booking.id);
  const [attendance, setAttendance] = useState<TConsultationAttendance>(booking.attendance ?? 'attended');
  const [outcome, setOutcome] = useState(booking.outcome ?? '');
  const [followUpActions, setFollowUp] = useState(booking.followUpActions ?? '');
  const [privateNotes, setNotes] = useState(booking.privateNotes ?? '');
  return (
    <Stack component="section" aria-labelledby="record" gap="sm">
      <Title order={2} id="record">
        {t('consultations.record.title')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate({ attendance, outcome, followUpActions, privateNotes }, { onSuccess: () => notifySuccess(t('consultations.record.saved')) });
        }}
      >
        <Stack gap="sm">
          <Radio.Group label={t('consultations.record.attendance')} value={attendance} onChange={(value) => setAttendance(value as TConsultationAttendance)}>
            <Group mt="xs">
              <Radio value="attended" label={t('consultations.attendance.attended')} />
              <Radio value="no_show" label={t('consultations.attendance.no_show')} />
            </Group>
          </Radio.Group>
          <Textarea label={t('consultations.record.outcome')} description={t('consultations.record.visible')} value={outcome} onChange={(event) => setOutcome(event.currentTarget.value)} maxLength={CONSULTATION_NOTES_MAX} autosize minRows={3} />
          <Textarea label={t('consultations.record.followUp')} description={t('consultations.record.visible')} value={followUpActions} onChange={(event) => setFollowUp(event.currentTarget.value)} maxLength={CONSULTATION_NOTES_MAX} autosize minRows={2} />
          <Textarea label={t('consultations.record.privateNotes')} description={t('consultations.record.privateHint')} value={privateNotes} onChange={(event) => setNotes(event.currentTarget.value)} maxLength={CONSULTATION_NOTES_MAX} autosize minRows={3} />
          {record.isError && <ProblemAlert error={record.error} />}
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('consultations.record.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
