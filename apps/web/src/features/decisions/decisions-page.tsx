import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { DECISION_KINDS, formatEuroCents, formatRigaDateTime, RANKED_SORTS, RANKED_STATUSES, type TRankedApplication, type TRankedListQuery } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicationStatusBadge } from '../applications/application-status-badge';
import { BudgetLine } from './budget-line';
import { DecisionCell } from './decision-cell';
import { DecisionDialog } from './decision-dialog';
import { useRanking } from './decisions.api';
import { ExportButtons } from './export-buttons';
import { ListPagination } from '../../components/list-pagination';
import { useListParams } from '../../lib/use-list-params';

const PAGE_SIZE = 25;
type Sort = (typeof RANKED_SORTS)[number];

type Query = TRankedListQuery & { page: number; pageSize: number; sort: Sort };

function queryFrom(params: URLSearchParams): Query {
  const page = Number(params.get('page'));
  const sort = params.get('sort') as Sort | null;
  return {
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: PAGE_SIZE,
    status: (RANKED_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as TRankedListQuery['status']) : undefined,
    flag: params.get('flag') === 'disagreement' || params.get('flag') === 'belowMinimum' ? (params.get('flag') as 'disagreement' | 'belowMinimum') : undefined,
    sort: sort && RANKED_SORTS.includes(sort) ? sort : 'total',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
  };
}

/** `/manage/calls/:callId/decisions`: the ranked list with the live budget line, decisions and exports. */
export function DecisionsPage() {
  const { callId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const { params, setParam, update } = useListParams();
  const query = queryFrom(params);
  const ranking = useRanking(callId, query);
  const [deciding, setDeciding] = useState<TRankedApplication | null>(null);
  const callTitle = ranking.data ? localized(ranking.data.call.title, i18n.language) : '';
  usePageTitle(t('decisions.pageTitle', { call: callTitle }));

  if (ranking.isPending) return <PageLoader />;
  if (ranking.isError) return <ProblemAlert error={ranking.error} />;
  const data = ranking.data;
  const decided = data.call.status === 'decided' || data.call.status === 'archived';
  const euro = (cents: number | null) => (cents === null ? '—' : formatEuroCents(cents, locale));
  const number = (value: number | null) => (value === null ? t('decisions.table.noTotal') : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'lv-LV').format(value));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/manage/calls/${callId}`} size="sm">
        {t('decisions.backToCall')}
      </Anchor>
      <Title order={1}>{t('decisions.pageTitle', { call: callTitle })}</Title>
      <BudgetLine budget={data.budget} />
      <Group justify="space-between" align="center">
        <Text role="status">
          {decided && data.call.decidedAt
            ? t('decisions.status.decided', { date: formatRigaDateTime(data.call.decidedAt, locale) })
            : t('decisions.status.undecided', { count: data.undecidedCount })}
        </Text>
        <Button component={Link} to={`/manage/calls/${callId}/letters`} variant="light">
          {t('decisions.letters.open')}
        </Button>
      </Group>

      <Stack component="section" gap="sm" aria-labelledby="filters-heading">
        <Title order={2} id="filters-heading" size="h4">
          {t('decisions.filters.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('decisions.filters.status')}
            placeholder={t('decisions.filters.any')}
            clearable
            data={RANKED_STATUSES.map((status) => ({ value: status, label: t(`applications.status.${status}`) }))}
            value={query.status ?? null}
            onChange={(value) => setParam('status', value)}
          />
          <Select
            label={t('decisions.filters.flag')}
            placeholder={t('decisions.filters.any')}
            clearable
            data={[
              { value: 'disagreement', label: t('decisions.filters.disagreement') },
              { value: 'belowMinimum', label: t('decisions.filters.belowMinimum') },
            ]}
            value={query.flag ?? null}
            onChange={(value) => setParam('flag', value)}
          />
          <Select
            label={t('decisions.filters.sort')}
            allowDeselect={false}
            data={RANKED_SORTS.map((sort) => ({ value: sort, label: t(`decisions.filters.sortBy.${sort}`) }))}
            value={query.sort}
            onChange={(value) => {
              update({ sort: value ?? 'total', order: value === 'reference' ? 'asc' : 'desc' });
            }}
          />
        </SimpleGrid>
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="results-heading">
        <Title order={2} id="results-heading" size="h4">
          {t('decisions.table.results', { count: data.total })}
        </Title>
        {data.items.length === 0 ? (
          <Text>{t('decisions.table.empty')}</Text>
        ) : (
          // A native, focusable scroll region named by the caption: at narrow widths the table
          // scrolls inside it (with a visible scrollbar and by keyboard) instead of being cut off.
          <Table.ScrollContainer minWidth={860} type="native" role="region" aria-labelledby="ranking-caption" tabIndex={0}>
            <Table striped aria-busy={ranking.isFetching}>
              <Table.Caption id="ranking-caption">{t('decisions.table.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {(['rank', 'reference', 'applicant', 'requested', 'total', 'spread', 'flags', 'decision', 'actions'] as const).map((column) => (
                    <Table.Th key={column} scope="col">
                      {t(`decisions.table.${column}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{item.rank}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm">{item.referenceNumber}</Text>
                        <ApplicationStatusBadge status={item.status} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {item.organisationName}
                      </Text>
                      <Text size="sm">{item.projectTitle}</Text>
                    </Table.Td>
                    <Table.Td>{euro(item.requestedCents)}</Table.Td>
                    <Table.Td fw={700}>{number(item.weightedTotal)}</Table.Td>
                    <Table.Td>{number(item.spread)}</Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        {item.disagreement && (
                          <Text size="sm" fw={600} c="red.9">
                            {t('decisions.flags.disagreement')}
                          </Text>
                        )}
                        {item.belowMinimum && (
                          <Text size="sm" fw={600} c="#a63c06">
                            {t('decisions.flags.belowMinimum')}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <DecisionCell decision={item.decision} />
                    </Table.Td>
                    <Table.Td>
                      {/* Stacked, so the actions column stays narrow enough for a 1280 px screen with the sidebar. */}
                      <Stack gap="xs" align="stretch">
                        <Button component={Link} to={`/manage/applications/${item.id}/scores`} size="xs" variant="default" aria-label={`${t('decisions.table.scores')}: ${item.referenceNumber ?? ''}`}>
                          {t('decisions.table.scores')}
                        </Button>
                        {!decided && (
                          <Button size="xs" onClick={() => setDeciding(item)} aria-label={`${t('decisions.table.decide')}: ${item.referenceNumber ?? ''}`}>
                            {t('decisions.table.decide')}
                          </Button>
                        )}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <ListPagination total={data.total} pageSize={PAGE_SIZE} page={query.page} onChange={(page) => setParam('page', String(page))} />
      </Stack>

      <ExportButtons callId={callId} />

      {deciding && (
        <DecisionDialog
          target={{
            id: deciding.id,
            referenceNumber: deciding.referenceNumber,
            requestedCents: deciding.requestedCents,
            currentAwardCents: deciding.decision?.kind === 'award' ? deciding.decision.amountCents : null,
            currentKind: deciding.decision?.kind ?? null,
            currentRationale: deciding.decision?.rationale ?? '',
          }}
          allowed={DECISION_KINDS}
          budget={data.budget}
          limits={{ minAwardCents: data.call.minAwardCents, maxAwardCents: data.call.maxAwardCents }}
          onClose={() => setDeciding(null)}
        />
      )}
    </Stack>
  );
}
