import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { APPLICATION_STATUSES, formatRigaDateTime, type TCoordinatorCall, type TCoordinatorHomeResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicationStatusBadge } from '../applications/application-status-badge';
import { PaymentsDueSection } from '../projects';
import { useCoordinatorHome } from './workspace.api';
import { useActivityLabel } from './activity-label';
import { OverdueReportsPanel } from '../reports';

/** `/workspace/coordinator`: my calls, what waits for me, and what happened lately. */
export function CoordinatorHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('workspace.coordinator.title'));
  const home = useCoordinatorHome();
  return (
    <Stack gap="xl">
      <Title order={1}>{t('workspace.coordinator.title')}</Title>
      {home.isPending ? <PageLoader /> : home.isError ? <ProblemAlert error={home.error} /> : <CoordinatorHome data={home.data} />}
    </Stack>
  );
}

function CoordinatorHome({ data }: { data: TCoordinatorHomeResponse }) {
  const { t } = useTranslation();
  return (
    <>
      <Stack component="section" gap="sm" aria-labelledby="needs-me-heading">
        <Title order={2} id="needs-me-heading">
          {t('workspace.coordinator.needsMe')}
        </Title>
        <NeedsMe data={data} />
      </Stack>
      <PaymentsDueSection />
      <OverdueReportsPanel />
      <Stack component="section" gap="sm" aria-labelledby="my-calls-heading">
        <Title order={2} id="my-calls-heading">
          {t('workspace.coordinator.myCalls')}
        </Title>
        {data.calls.length === 0 ? (
          <Text>{t('workspace.coordinator.noCalls')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {data.calls.map((call) => (
              <CallCard key={call.id} call={call} />
            ))}
          </SimpleGrid>
        )}
        {/* The home shows a short preview; the full lists are paged elsewhere. */}
        <Anchor component={Link} to="/manage/calls" w="fit-content">
          {t('workspace.coordinator.allCalls')}
        </Anchor>
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="activity-heading">
        <Title order={2} id="activity-heading">
          {t('workspace.coordinator.activity')}
        </Title>
        <Activity items={data.recentActivity} />
        <Anchor component={Link} to="/admin/audit" w="fit-content">
          {t('workspace.coordinator.allActivity')}
        </Anchor>
      </Stack>
    </>
  );
}

function NeedsMe({ data }: { data: TCoordinatorHomeResponse }) {
  const { t } = useTranslation();
  if (data.needsAttention.length === 0 && data.pendingClaimCount === 0) return <Text>{t('workspace.coordinator.nothingWaiting')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {data.needsAttention.map((item) => (
        <Card key={item.applicationId} component="li" withBorder padding="sm">
          <Anchor component={Link} to={`/manage/applications/${item.applicationId}`} fw={700}>
            {t('workspace.coordinator.clarificationAnswered', { reference: item.referenceNumber ?? item.callCode })}
          </Anchor>
          <Text size="sm">{item.organisationName}</Text>
        </Card>
      ))}
      {data.pendingClaimCount > 0 && (
        <Card component="li" withBorder padding="sm">
          <Anchor component={Link} to="/manage/organisation-claims" fw={700}>
            {t('workspace.coordinator.claimsPending', { count: data.pendingClaimCount })}
          </Anchor>
        </Card>
      )}
    </Stack>
  );
}

function CallCard({ call }: { call: TCoordinatorCall }) {
  const { t, i18n } = useTranslation();
  const statuses = APPLICATION_STATUSES.filter((status) => (call.countsByStatus[status] ?? 0) > 0);
  const headingId = `call-${call.id}-heading`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          <Anchor component={Link} to={`/manage/calls/${call.id}/applications`}>
            {call.code} · {localized(call.title, i18n.language)}
          </Anchor>
        </Title>
        <Text size="sm">
          {t('workspace.coordinator.deadline', { time: formatRigaDateTime(call.closesAt, intlLocaleOf(i18n.language)) })}
          {' · '}
          <DaysToDeadline days={call.daysToDeadline} />
        </Text>
        {statuses.length === 0 ? (
          <Text size="sm">{t('workspace.coordinator.noApplications')}</Text>
        ) : (
          <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('workspace.coordinator.countsLabel')}>
            {statuses.map((status) => (
              <Group key={status} component="li" gap={4} wrap="nowrap">
                <ApplicationStatusBadge status={status} />
                <Text fw={700} size="sm">
                  {call.countsByStatus[status]}
                </Text>
              </Group>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function DaysToDeadline({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days < 0) return <Badge color="gray.8">{t('workspace.coordinator.closed')}</Badge>;
  if (days === 0) return <>{t('workspace.coordinator.closesToday')}</>;
  return <>{t('workspace.coordinator.daysLeft', { count: days })}</>;
}

function Activity({ items }: { items: TCoordinatorHomeResponse['recentActivity'] }) {
  const { t, i18n } = useTranslation();
  const label = useActivityLabel();
  if (items.length === 0) return <Text>{t('workspace.coordinator.noActivity')}</Text>;
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('workspace.coordinator.when')}</Table.Th>
            <Table.Th scope="col">{t('workspace.coordinator.what')}</Table.Th>
            <Table.Th scope="col">{t('workspace.coordinator.who')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{formatRigaDateTime(item.createdAt, intlLocaleOf(i18n.language))}</Table.Td>
              <Table.Td>
                {item.entityType === 'application' ? (
                  <Anchor component={Link} to={`/manage/applications/${item.entityId}`}>
                    {label(item.action)}
                  </Anchor>
                ) : (
                  label(item.action)
                )}
              </Table.Td>
              <Table.Td>{item.actorName ?? t('workspace.coordinator.system')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
