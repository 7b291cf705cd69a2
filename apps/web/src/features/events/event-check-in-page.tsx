import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TEventAttendee } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { certificateUrl, useAttendees, useCheckIn, useEvent } from './events.api';

/** The organiser at the door, on a phone: find a name, one tap to check in; counts by participant group. */
export function EventCheckInPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const event = useEvent(id);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const attendees = useAttendees(id, q);
  usePageTitle(t('events.checkIn.title'));

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/events/${id}`} size="sm">
        {t('events.checkIn.back')}
      </Anchor>
      <Stack gap={2}>
        <Title order={1}>{t('events.checkIn.title')}</Title>
        {event.data && <Text>{localized(event.data.title, i18n.language)}</Text>}
      </Stack>
      <TextInput type="search" label={t('events.checkIn.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maxLength={200} autoComplete="off" />
      {attendees.isPending ? (
        <PageLoader />
      ) : attendees.isError ? (
        <ProblemAlert error={attendees.error} />
      ) : (
        <>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('events.checkIn.listLabel')}>
            {attendees.data.items.map((attendee) => (
              <AttendeeRow key={attendee.id} eventId={id} attendee={attendee} />
            ))}
          </Stack>
          {attendees.data.items.length === 0 && <Text>{t('events.checkIn.none')}</Text>}
          <Stack component="section" gap="xs" aria-labelledby="check-in-counts">
            <Title order={2} id="check-in-counts" size="h3">
              {t('events.checkIn.counts')}
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('events.register.group')}</Table.Th>
                  <Table.Th scope="col">{t('events.checkIn.registered')}</Table.Th>
                  <Table.Th scope="col">{t('events.checkIn.present')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {attendees.data.counts.map((row) => (
                  <Table.Tr key={row.group} data-testid={`count-${row.group}`}>
                    <Table.Th scope="row">{t(`events.groups.${row.group}`)}</Table.Th>
                    <Table.Td>{row.registered}</Table.Td>
                    <Table.Td>{row.checkedIn}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">{t('events.checkIn.waitlisted', { count: attendees.data.waitlisted })}</Text>
          </Stack>
        </>
      )}
    </Stack>
  );
}

function AttendeeRow({ eventId, attendee }: { eventId: string; attendee: TEventAttendee }) {
  const { t, i18n } = useTranslation();
  const checkIn = useCheckIn(eventId);
  const present = attendee.checkedInAt !== null;
  return (
    <li>
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="nowrap">
          <Stack gap={0}>
            <Text fw={600}>{attendee.name}</Text>
            <Text size="sm">{t(`events.groups.${attendee.participantGroup}`)}</Text>
            {present && (
              <Anchor size="sm" href={certificateUrl(eventId, attendee.id, i18n.language)}>
                {t('events.register.certificate')}
              </Anchor>
            )}
          </Stack>
          <Button
            size="md"
            color={present ? '#1f6b32' : 'blue.9'}
            variant={present ? 'filled' : 'outline'}
            aria-pressed={present}
            aria-label={t(present ? 'events.checkIn.undoFor' : 'events.checkIn.markFor', { name: attendee.name })}
            loading={checkIn.isPending}
            onClick={() => checkIn.mutate({ registrationId: attendee.id, checkedIn: !present })}
          >
            {present ? t('events.checkIn.present') : t('events.checkIn.mark')}
          </Button>
        </Group>
      </Paper>
    </li>
  );
}
