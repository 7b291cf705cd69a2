import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { formatEuroCents, formatRigaDateTime, type TMyApplicationItem } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { formatDuration, timeUntil } from '../../lib/time-until';
import { useNow } from '../../lib/use-now';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicationStatusBadge } from '../applications/application-status-badge';
import { useMyApplications, useMyOrganisations } from '../applications/applications.api';
import { useOrganisationTypeLabel } from '../reference-data/reference-labels';
import { isActive, needsAction, sortMyApplications } from './needs-action';

/** `/dashboard`: the applicant's start page — what needs doing, my applications, my organisations. */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('applications.dashboard.title'));
  const applications = useMyApplications();
  const organisations = useMyOrganisations();
  const now = useNow();

  return (
    <Stack gap="xl">
      <Title order={1}>{t('applications.dashboard.title')}</Title>
      {applications.isPending ? (
        <PageLoader />
      ) : applications.isError ? (
        <ProblemAlert error={applications.error} />
      ) : (
        <>
          <NeedsActionSection items={applications.data} now={now} />
          <MyApplicationsSection items={applications.data} now={now} />
        </>
      )}
      <Stack component="section" gap="sm" aria-labelledby="my-organisations-heading">
        <Title order={2} id="my-organisations-heading">
          {t('applications.dashboard.organisations')}
        </Title>
        {organisations.isError && <ProblemAlert error={organisations.error} />}
        {organisations.isSuccess && <OrganisationList items={organisations.data} />}
      </Stack>
    </Stack>
  );
}

function useTimeLeft(now: Date) {
  const { t, i18n } = useTranslation();
  return (dueAt: string) => {
    const left = timeUntil(dueAt, now);
    if (left.kind === 'past') return t('applications.dashboard.deadlinePassed');
    if (left.kind === 'underMinute') return t('calls.closesUnderMinute');
    return t('applications.dashboard.timeLeft', { duration: formatDuration(left.parts, intlLocaleOf(i18n.language)) });
  };
}

function NeedsActionSection({ items, now }: { items: TMyApplicationItem[]; now: Date }) {
  const { t, i18n } = useTranslation();
  const timeLeft = useTimeLeft(now);
  const actions = needsAction(items, now);
  return (
    <Stack component="section" gap="sm" aria-labelledby="needs-action-heading">
      <Title order={2} id="needs-action-heading">
        {t('applications.dashboard.needsAction')}
      </Title>
      {actions.length === 0 ? (
        <Text>{t('applications.dashboard.nothingToDo')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {actions.map(({ application, kind, dueAt }) => (
            <Card key={application.id} component="li" withBorder padding="sm">
              <Stack gap={4}>
                <Anchor component={Link} to={`/applications/${application.id}`} fw={700}>
                  {t(`applications.dashboard.action.${kind}`, { call: localized(application.callTitle, i18n.language) })}
                </Anchor>
                <Text size="sm">{application.organisationName}</Text>
                <Text size="sm">
                  {t('applications.deadline', { time: formatRigaDateTime(dueAt, intlLocaleOf(i18n.language)) })}
                  {' · '}
                  <Text span fw={700} size="sm">
                    {timeLeft(dueAt)}
                  </Text>
                </Text>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MyApplicationsSection({ items, now }: { items: TMyApplicationItem[]; now: Date }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const timeLeft = useTimeLeft(now);
  const sorted = sortMyApplications(items);
  return (
    <Stack component="section" gap="sm" aria-labelledby="my-applications-heading">
      <Title order={2} id="my-applications-heading">
        {t('applications.dashboard.applications')}
      </Title>
      {sorted.length === 0 ? (
        <Stack gap={4}>
          <Text>{t('applications.dashboard.noApplications')}</Text>
          <Anchor component={Link} to="/calls">
            {t('applications.dashboard.browseCalls')}
          </Anchor>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('applications.fields.call')}</Table.Th>
                <Table.Th scope="col">{t('applications.fields.organisation')}</Table.Th>
                <Table.Th scope="col">{t('applications.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('applications.fields.requested')}</Table.Th>
                <Table.Th scope="col">{t('applications.fields.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((item) => {
                const active = isActive(item);
                const dueAt = item.actionDueAt ?? item.closesAt;
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/applications/${item.id}`}>
                        {localized(item.callTitle, i18n.language)}
                      </Anchor>
                      {item.referenceNumber && (
                        <Text size="xs">{item.referenceNumber}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{item.organisationName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <ApplicationStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>{item.requestedCents === null ? '—' : formatEuroCents(item.requestedCents, locale)}</Table.Td>
                    <Table.Td>
                      {active ? (
                        <>
                          <Text size="sm">{formatRigaDateTime(dueAt, locale)}</Text>
                          <Text size="sm" fw={600}>
                            {timeLeft(dueAt)}
                          </Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function OrganisationList({ items }: { items: { id: string; legalName: string; type: string; myRole: string | null }[] }) {
  const { t } = useTranslation();
  const typeLabel = useOrganisationTypeLabel();
  if (items.length === 0) {
    return (
      <Stack gap={4}>
        <Text>{t('applications.dashboard.noOrganisations')}</Text>
        <Anchor component={Link} to="/organisations/new">
          {t('applications.apply.createOrganisation')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <List spacing="xs">
        {items.map((organisation) => (
          <List.Item key={organisation.id}>
            <Group gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/organisations/${organisation.id}`}>
                {organisation.legalName}
              </Anchor>
              <Text span size="sm">
                {typeLabel(organisation.type as never)}
              </Text>
              {organisation.myRole && (
                <Badge variant="outline" color="gray" c="dark.9" tt="none">
                  {t(`applications.dashboard.role.${organisation.myRole}`)}
                </Badge>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      <Anchor component={Link} to="/organisations">
        {t('applications.dashboard.manageOrganisations')}
      </Anchor>
    </Stack>
  );
}
