import { Button, Checkbox, Group, NumberInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { CONSULTATION_LENGTHS, CONSULTATION_MAX_WEEKS, CONSULTATION_TOPICS, type TConsultationMode, type TConsultationTopic } from '@kopa/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { notifySuccess } from '../../components/notify';
import { client, unwrap } from '../../lib/api-client';
import { usePublishSlots } from './consultations.api';
import { DateField } from '../../components/date-field';

/** Typed on the 24-hour clock whatever the browser's habit (a native time input shows 9:30 AM in an American browser); the API takes "HH:mm". */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A one-off or weekly slot in Riga time (the server turns each week's wall-clock time into an instant). */
export function PublishSlotsForm() {
  const { t } = useTranslation();
  const publish = usePublishSlots();
  const centres = useQuery({
    queryKey: ['public', 'resource-centres', 'all'],
    queryFn: ({ signal }) => unwrap(client.GET('/api/public/resource-centres', { params: { query: { pageSize: 50 } }, signal })),
  });
  const [date, setDate] = useState('');
  const [time, setTime] = useState('10:00');
  const [lengthMinutes, setLength] = useState('60');
  const [weeks, setWeeks] = useState<number | string>(1);
  const [mode, setMode] = useState<TConsultationMode>('online');
  const [resourceCentreId, setCentre] = useState<string | null>(null);
  const [meetingUrl, setMeetingUrl] = useState('');
  const [phone, setPhone] = useState('');
  const [topics, setTopics] = useState<TConsultationTopic[]>(['application_writing']);

  return (
    <Stack component="section" aria-labelledby="publish-slots" gap="sm" maw={640}>
      <Title order={2} id="publish-slots">
        {t('consultations.publish.title')}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          publish.mutate(
            {
              date,
              time,
              lengthMinutes: Number(lengthMinutes),
              weeks: Number(weeks) || 1,
              mode,
              resourceCentreId: mode === 'in_person' ? resourceCentreId : null,
              meetingUrl: mode === 'online' ? meetingUrl : null,
              phone: mode === 'phone' ? phone : null,
              topics,
            },
            { onSuccess: () => notifySuccess(t('consultations.publish.done')) },
          );
        }}
      >
        <Stack gap="sm">
          <Group grow>
            <DateField label={t('consultations.publish.date')} value={date} onChange={setDate} required />
            <TextInput
              label={t('consultations.publish.time')}
              description={t('consultations.publish.timeHint')}
              inputMode="numeric"
              maxLength={5}
              value={time}
              onChange={(event) => setTime(event.currentTarget.value)}
              error={time !== '' && !TIME.test(time) ? t('consultations.publish.timeInvalid') : undefined}
              required
            />
          </Group>
          <Group grow>
            <Select
              label={t('consultations.publish.length')}
              data={CONSULTATION_LENGTHS.map((value) => ({ value: String(value), label: t('consultations.minutes', { count: value }) }))}
              value={lengthMinutes}
              onChange={(value) => setLength(value ?? '60')}
              allowDeselect={false}
            />
            <NumberInput label={t('consultations.publish.weeks')} description={t('consultations.publish.weeksHint')} min={1} max={CONSULTATION_MAX_WEEKS} value={weeks} onChange={setWeeks} />
          </Group>
          <Select
            label={t('consultations.publish.mode')}
            data={(['online', 'phone', 'in_person'] as const).map((value) => ({ value, label: t(`consultations.modes.${value}`) }))}
            value={mode}
            onChange={(value) => setMode((value as TConsultationMode) ?? 'online')}
            allowDeselect={false}
          />
          {mode === 'online' && <TextInput type="url" label={t('consultations.publish.meetingUrl')} value={meetingUrl} onChange={(event) => setMeetingUrl(event.currentTarget.value)} maxLength={500} required />}
          {mode === 'phone' && <TextInput type="tel" label={t('consultations.publish.phone')} value={phone} onChange={(event) => setPhone(event.currentTarget.value)} maxLength={20} required />}
          {mode === 'in_person' && (
            <Select
              label={t('consultations.publish.centre')}
              data={(centres.data?.items ?? []).map((centre) => ({ value: centre.id, label: centre.name.lv ?? '' }))}
              value={resourceCentreId}
              onChange={setCentre}
              required
            />
          )}
          <Checkbox.Group label={t('consultations.publish.topics')} value={topics} onChange={(value) => setTopics(value as TConsultationTopic[])}>
            <Stack gap={4} mt={4}>
              {CONSULTATION_TOPICS.map((topic) => (
                <Checkbox key={topic} value={topic} label={t(`consultations.topics.${topic}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          {publish.isError && <ProblemAlert error={publish.error} />}
          <Group>
            <Button type="submit" loading={publish.isPending}>
              {t('consultations.publish.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
