import { Anchor, Button, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import {
  APPLICATION_STATUSES,
  CALL_APPLICATION_SORTS,
  formatEuroCents,
  formatRigaDateTime,
  ORGANISATION_TYPES,
  type TApplicationStatus,
  type TOrganisationType,
} from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useManagedCall } from '../calls/calls.api';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { municipalityName, useOrganisationTypeLabel } from '../reference-data/reference-labels';
import { ApplicationStatusBadge } from './application-status-badge';
import { callApplicationsExportUrl, useCallApplications, type CallApplicationFilters } from './applications.api';
import { ListPagination } from '../../components/list-pagination';
import { useListParams } from '../../lib/use-list-params';
import { TableExportButtons } from '../table-exports';

type Sort = (typeof CALL_APPLICATION_SORTS)[number];

const PAGE_SIZE = 25;

/** Filters live in the URL, so a filtered list can be bookmarked and shared. */
function filtersFrom(params: URLSearchParams): CallApplicationFilters {
  const euros = (name: string) => {
    const value = params.get(name);
    return value && /^\d+$/.test(value) ? Number(value) * 100 : undefined;
  };
  const sort = params.get('sort');
  const q = params.get('q')?.trim().slice(0, 100);
  return {
    q: q || undefined,
    status: (params.get('status') as TApplicationStatus | null) ?? undefined,
    municipalityCode: params.get('municipalityCode') ?? undefined,
    organisationType: (params.get('organisationType') as TOrganisationType | null) ?? undefined,
    requestedMin: euros('requestedMin'),
    requestedMax: euros('requestedMax'),
    sort: CALL_APPLICATION_SORTS.includes(sort as Sort) ? (sort as Sort) : 'submittedAt',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: /^[1-9]\d{0,4}$/.test(params.get('page') ?? '') ? Number(params.get('page')) : 1,
    pageSize: PAGE_SIZE,
  };
}

/** `/manage/calls/:callId/applications`: every application of a call, filtered and sorted by the API. */
export function CallApplicationsPage() {
  const { callId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const call = useManagedCall(callId);
  const { params, setParam, update, clear } = useListParams();
  const filters = filtersFrom(params);
  const list = useCallApplications(callId, filters);
  const rows = list.data?.items;
  const total = list.data?.total ?? 0;
  const municipalities = useMunicipalities();
  const typeLabel = useOrganisationTypeLabel();
  const callTitle = call.data ? localized(call.data.title, i18n.language) : '';
  usePageTitle(t('applications.manage.listTitle', { call: callTitle }));

  const municipalityOptions = (municipalities.data ?? []).map((item) => ({ value: item.code, label: municipalityName(item, i18n.language) }));
  // Typing searches once the person pauses, not on every key.
  const [search, setSearch] = useState(params.get('q') ?? '');
  const searchLater = useDebouncedCallback((value: string) => setParam('q', value.trim() || null), 400);
  const nameOfMunicipality = (code: string) => municipalityOptions.find((option) => option.value === code)?.label ?? code;

  return (
    <Stack gap="lg">
      <Group gap="md">
        <Anchor component={Link} to={`/manage/calls/${callId}`} size="sm">
          {t('applications.manage.backToCall')}
        </Anchor>
        <Anchor component={Link} to={`/manage/calls/${callId}/eligibility`} size="sm">
          {t('eligibility.page.link')}
        </Anchor>
      </Group>
      <Title order={1}>{t('applications.manage.listTitle', { call: callTitle })}</Title>

      <Stack component="section" gap="sm" aria-labelledby="filters-heading">
        <Title order={2} id="filters-heading" size="h4">
          {t('applications.manage.filters')}
        </Title>
        <TextInput
          type="search"
          label={t('applications.manage.search')}
          description={t('applications.manage.searchHint')}
          maxLength={100}
          maw={480}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            searchLater(event.currentTarget.value);
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Select
            label={t('applications.fields.status')}
            placeholder={t('applications.manage.any')}
            clearable
            data={APPLICATION_STATUSES.map((status) => ({ value: status, label: t(`applications.status.${status}`) }))}
            value={filters.status ?? null}
            onChange={(value) => setParam('status', value)}
          />
          <Select
            label={t('applications.fields.municipality')}
            placeholder={t('applications.manage.any')}
            clearable
            searchable
            data={municipalityOptions}
            value={filters.municipalityCode ?? null}
            onChange={(value) => setParam('municipalityCode', value)}
          />
          <Select
            label={t('applications.fields.organisationType')}
            placeholder={t('applications.manage.any')}
            clearable
            data={ORGANISATION_TYPES.map((type) => ({ value: type, label: typeLabel(type) }))}
            value={filters.organisationType ?? null}
            onChange={(value) => setParam('organisationType', value)}
          />
          <NumberInput
            label={t('applications.manage.requestedMin')}
            min={0}
            allowDecimal={false}
            value={params.get('requestedMin') ?? ''}
            onChange={(value) => setParam('requestedMin', value === '' ? null : String(value))}
          />
          <NumberInput
            label={t('applications.manage.requestedMax')}
            min={0}
            allowDecimal={false}
            value={params.get('requestedMax') ?? ''}
            onChange={(value) => setParam('requestedMax', value === '' ? null : String(value))}
          />
          <Select
            label={t('applications.manage.sort')}
            data={CALL_APPLICATION_SORTS.flatMap((sort) => [
              { value: `${sort}:asc`, label: t('applications.manage.sortAsc', { field: t(`applications.manage.sortBy.${sort}`) }) },
              { value: `${sort}:desc`, label: t('applications.manage.sortDesc', { field: t(`applications.manage.sortBy.${sort}`) }) },
            ])}
            value={`${filters.sort}:${filters.order}`}
            allowDeselect={false}
            onChange={(value) => {
              const [sort, order] = (value ?? 'submittedAt:asc').split(':');
              update({ sort, order });
            }}
          />
        </SimpleGrid>
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setSearch('');
              clear();
            }}
          >
            {t('applications.manage.clearFilters')}
          </Button>
        </Group>
        {/* The worker writes the file of exactly these filters; the buttons download it when ready. */}
        <TableExportButtons
          items={(['csv', 'xlsx'] as const).map((format) => ({
            label: t(format === 'csv' ? 'applications.manage.exportCsv' : 'applications.manage.exportXlsx'),
            name: t('applications.manage.exportName', { format: format.toUpperCase() }),
            url: callApplicationsExportUrl(callId, filters, format),
          }))}
        />
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="results-heading">
        <Title order={2} id="results-heading" size="h4">
          {t('applications.manage.results', { count: total })}
        </Title>
        {list.isError && <ProblemAlert error={list.error} />}
        {rows && rows.length === 0 && <Text>{t('applications.manage.empty')}</Text>}
        {rows && rows.length > 0 && (
          <Table.ScrollContainer minWidth={980}>
            <Table striped highlightOnHover aria-busy={list.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('applications.fields.reference')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.projectTitle')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.organisationContact')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.organisationType')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.municipality')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.requested')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('applications.fields.submittedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/manage/applications/${item.id}`}>
                        {item.referenceNumber ?? t('applications.manage.noReference')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{item.projectTitle ?? '—'}</Table.Td>
                    <Table.Td>{item.organisationName}</Table.Td>
                    <Table.Td>
                      <Anchor href={`mailto:${item.organisationContactEmail}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {item.organisationContactEmail}
                      </Anchor>
                      <Text size="sm">{item.organisationContactPhone}</Text>
                    </Table.Td>
                    <Table.Td>{typeLabel(item.organisationType)}</Table.Td>
                    <Table.Td>{nameOfMunicipality(item.municipalityCode)}</Table.Td>
                    <Table.Td>{item.requestedCents === null ? '—' : formatEuroCents(item.requestedCents, locale)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <ApplicationStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>{item.submittedAt ? formatRigaDateTime(item.submittedAt, locale) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {rows && rows.length > 0 && (
          <Group justify="space-between" wrap="wrap">
            <Text size="sm" role="status">
              {t('applicationGate.paging.summary', {
                from: (filters.page! - 1) * PAGE_SIZE + 1,
                to: (filters.page! - 1) * PAGE_SIZE + rows.length,
                total,
              })}
            </Text>
            <ListPagination
              label={t('applicationGate.paging.label')}
              total={total}
              pageSize={PAGE_SIZE}
              page={filters.page!}
              onChange={(page) => setParam('page', String(page))}
            />
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
