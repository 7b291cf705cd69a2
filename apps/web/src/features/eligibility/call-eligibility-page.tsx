import { Anchor, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { ELIGIBILITY_LIST_STATUSES, formatEuroCents, type TEligibilityListItem } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicationStatusBadge } from '../applications/application-status-badge';
import { BulkEligibleAction } from './bulk-eligible-dialog';
import { ChecklistEditor } from './checklist-editor';
import { useCallEligibility, type EligibilityFilters } from './eligibility.api';
import { ListPagination } from '../../components/list-pagination';
import { useListParams } from '../../lib/use-list-params';
import { DotBadge } from '../../components/dot-badge';

const PAGE_SIZE = 25;
type Status = (typeof ELIGIBILITY_LIST_STATUSES)[number];

function filtersFrom(params: URLSearchParams): EligibilityFilters {
  const page = Number(params.get('page'));
  const status = params.get('status');
  const checks = params.get('checks');
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
    status: ELIGIBILITY_LIST_STATUSES.includes(status as Status) ? (status as Status) : undefined,
    checks: checks === 'pass' || checks === 'fail' ? checks : undefined,
  };
}

/** `/manage/calls/:callId/eligibility`: the coordinator checks a call's submitted applications. */
export function CallEligibilityPage() {
  const { callId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { params, setParam } = useListParams();
  const filters = filtersFrom(params);
  const list = useCallEligibility(callId, filters);
  const callTitle = list.data ? localized(list.data.call.title, i18n.language) : '';
  usePageTitle(t('eligibility.page.title', { call: callTitle }));

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} />;
  const data = list.data;

  return (
    <Stack gap="xl">
      <Anchor component={Link} to={`/manage/calls/${callId}/applications`} size="sm">
        {t('eligibility.page.backToApplications')}
      </Anchor>
      <Title order={1}>{t('eligibility.page.title', { call: callTitle })}</Title>

      <Group justify="space-between" align="center">
        <Text role="status">{t('eligibility.page.passingSummary', { count: data.passing.count })}</Text>
        <BulkEligibleAction callId={callId} applicationIds={data.passing.applicationIds} />
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('eligibility.page.statusFilter')}
          placeholder={t('eligibility.page.any')}
          clearable
          data={ELIGIBILITY_LIST_STATUSES.map((status) => ({ value: status, label: t(`applications.status.${status}`) }))}
          value={filters.status ?? null}
          onChange={(value) => setParam('status', value)}
        />
        <Select
          label={t('eligibility.page.checksFilter')}
          placeholder={t('eligibility.page.any')}
          clearable
          data={[
            { value: 'pass', label: t('eligibility.page.checksPass') },
            { value: 'fail', label: t('eligibility.page.checksFail') },
          ]}
          value={filters.checks ?? null}
          onChange={(value) => setParam('checks', value)}
        />
      </SimpleGrid>

      <Stack component="section" gap="sm" aria-labelledby="eligibility-results">
        <Title order={2} size="h3" id="eligibility-results">
          {t('eligibility.page.results', { count: data.total })}
        </Title>
        {data.items.length === 0 ? (
          <Text>{t('eligibility.page.empty')}</Text>
        ) : (
          <EligibilityTable items={data.items} checklistSize={data.call.checklist.length} busy={list.isFetching} />
        )}
        <ListPagination total={data.total} pageSize={PAGE_SIZE} page={filters.page} onChange={(page) => setParam('page', String(page))} />
      </Stack>

      <ChecklistEditor key={data.call.version} callId={callId} version={data.call.version} items={data.call.checklist} />
    </Stack>
  );
}

function EligibilityTable({ items, checklistSize, busy }: { items: TEligibilityListItem[]; checklistSize: number; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-busy={busy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('eligibility.page.reference')}</Table.Th>
            <Table.Th>{t('eligibility.page.organisation')}</Table.Th>
            <Table.Th>{t('eligibility.page.requested')}</Table.Th>
            <Table.Th>{t('eligibility.page.checks')}</Table.Th>
            <Table.Th>{t('eligibility.page.checklist')}</Table.Th>
            <Table.Th>{t('eligibility.page.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.applicationId}>
              <Table.Td>
                <Anchor component={Link} to={`/manage/applications/${item.applicationId}/eligibility`}>
                  {item.referenceNumber ?? item.applicationId.slice(0, 8)}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.organisationName}</Table.Td>
              <Table.Td>{item.requestedCents === null ? '—' : formatEuroCents(item.requestedCents, locale)}</Table.Td>
              <Table.Td>
                {item.autoPassed === null ? (
                  t('eligibility.page.notChecked')
                ) : item.autoPassed ? (
                  <DotBadge color="teal.8" size="md">{t('eligibility.passed')}</DotBadge>
                ) : (
                  <Stack gap={2}>
                    <DotBadge color="red.8" size="md">{t('eligibility.failed')}</DotBadge>
                    <Text size="xs">{item.failedChecks.map((check) => t(`eligibility.check.${check}`)).join(', ')}</Text>
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>{t('eligibility.page.ticked', { ticked: item.checklistTicked, total: checklistSize })}</Table.Td>
              <Table.Td>
                <ApplicationStatusBadge status={item.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
