import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { formatRigaDateTime } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { useBookings } from './consultations.api';

/** Consultations of one organisation (its page) or of all the reader's organisations, newest first. */
export function BookingHistory({ organisationId, headingLevel }: { organisationId: string | null; headingLevel: 1 | 2 }) {
  const { t, i18n } = useTranslation();
  const bookings = useBookings(organisationId);
  const headingId = `consultation-history-${organisationId ?? 'mine'}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between">
        <Title order={headingLevel} id={headingId}>
          {headingLevel === 1 ? t('consultations.mine.title') : t('consultations.history.title')}
        </Title>
        <Anchor component={Link} to="/consultations/book">
          {t('consultations.book.title')}
        </Anchor>
      </Group>
      {bookings.isPending && <PageLoader />}
      {bookings.isError && <ProblemAlert error={bookings.error} />}
      {bookings.data && bookings.data.total === 0 && <Text>{t('consultations.history.none')}</Text>}
      {bookings.data && bookings.data.total > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('consultations.page.when')}</Table.Th>
                <Table.Th>{t('consultations.page.topic')}</Table.Th>
                <Table.Th>{t('consultations.page.organisation')}</Table.Th>
                <Table.Th>{t('consultations.history.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bookings.data.items.map((booking) => (
                <Table.Tr key={booking.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/consultations/${booking.id}`}>
                      {formatRigaDateTime(booking.slot.startsAt, i18n.language)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`consultations.topics.${booking.topic}`)}</Table.Td>
                  <Table.Td>{booking.organisation.name}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={booking.status === 'cancelled' ? 'gray' : 'blue'} c="dark.9" tt="none">
                      {booking.status === 'cancelled'
                        ? t('consultations.history.cancelled')
                        : booking.recordedAt
                          ? t('consultations.history.recorded')
                          : t('consultations.history.booked')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function MyConsultationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultations.mine.title'));
  return <BookingHistory organisationId={null} headingLevel={1} />;
}
