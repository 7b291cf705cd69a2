import { Anchor, Checkbox, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PROJECT_STATUSES, formatEuroCents, type TProjectStatus } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ListPagination } from '../../components/list-pagination';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { useMunicipalities } from '../reference-data/reference-data.api';
import { municipalityName } from '../reference-data/reference-labels';
import { TableExportButtons } from '../table-exports';
import { callProjectsExportUrl } from './agreement.api';
import { useListParams } from '../../lib/use-list-params';
import { usePageTitle } from '../../lib/use-page-title';
import { useCallProjects } from './projects.api';
import { ProjectsTable } from './projects-table';

const PAGE_SIZE = 25;

/** `/manage/calls/:callId/projects`: a call's funded projects with what was awarded, paid and is still to pay. */
export function CallProjectsPage() {
  const { callId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  usePageTitle(t('projects.call.title'));
  const { params, setParam } = useListParams();
  const statusParam = params.get('status');
  const status = PROJECT_STATUSES.includes(statusParam as TProjectStatus) ? (statusParam as TProjectStatus) : undefined;
  const municipality = params.get('municipality') ?? undefined;
  const paymentDue = params.get('paymentDue') === 'true' ? true : undefined;
  const reportOverdue = params.get('reportOverdue') === 'true' ? true : undefined;
  const filters = { status, municipality, paymentDue, reportOverdue };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const projects = useCallProjects(callId, { ...filters, page, pageSize: PAGE_SIZE });
  const municipalities = useMunicipalities();
  const municipalityOptions = (municipalities.data ?? []).map((item) => ({ value: item.code, label: municipalityName(item, i18n.language) }));
  const filtered = Boolean(status || municipality || paymentDue || reportOverdue);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/manage/calls/${callId}`} size="sm">
        {t('projects.call.backToCall')}
      </Anchor>
      <Title order={1}>{t('projects.call.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Select
          label={t('projects.call.statusFilter')}
          placeholder={t('projects.call.anyStatus')}
          clearable
          data={PROJECT_STATUSES.map((value) => ({ value, label: t(`projects.status.${value}`) }))}
          value={status ?? null}
          onChange={(value) => setParam('status', value)}
        />
        <Select
          label={t('projects.call.municipalityFilter')}
          placeholder={t('projects.call.anyMunicipality')}
          clearable
          searchable
          data={municipalityOptions}
          value={municipality ?? null}
          onChange={(value) => setParam('municipality', value)}
        />
        <Checkbox
          mt={{ sm: 30 }}
          label={t('projects.call.paymentDueFilter')}
          checked={paymentDue === true}
          onChange={(event) => setParam('paymentDue', event.currentTarget.checked ? 'true' : null)}
        />
        <Checkbox
          mt={{ sm: 30 }}
          label={t('projects.call.reportOverdueFilter')}
          checked={reportOverdue === true}
          onChange={(event) => setParam('reportOverdue', event.currentTarget.checked ? 'true' : null)}
        />
      </SimpleGrid>
      {/* The worker writes the file of exactly these filters; the buttons download it when ready. */}
      <TableExportButtons
        items={(['projects', 'payments', 'reports'] as const).flatMap((table) =>
          (['csv', 'xlsx'] as const).map((format) => ({
            label: t(`projects.call.export.${table}`, { format: format.toUpperCase() }),
            url: callProjectsExportUrl(callId, table, filters, format),
          })),
        )}
      />
      {projects.isPending ? (
        <PageLoader />
      ) : projects.isError ? (
        <ProblemAlert error={projects.error} />
      ) : (
        <Stack gap="sm">
          {projects.data.totals && (
            <Group gap="xl" role="status">
              <Text>{t('projects.totals.awarded', { amount: formatEuroCents(projects.data.totals.awardedCents, locale) })}</Text>
              <Text>{t('projects.totals.paid', { amount: formatEuroCents(projects.data.totals.paidCents, locale) })}</Text>
              <Text>{t('projects.totals.outstanding', { amount: formatEuroCents(projects.data.totals.outstandingCents, locale) })}</Text>
            </Group>
          )}
          {projects.data.total === 0 ? (
            <Text>{filtered ? t('projects.call.noneWithStatus') : t('projects.call.empty')}</Text>
          ) : (
            <ProjectsTable items={projects.data.items} caption={t('projects.call.title')} linkTo={(id) => `/manage/projects/${id}`} />
          )}
          <ListPagination total={projects.data.total} pageSize={PAGE_SIZE} page={page} onChange={(next) => setParam('page', String(next))} />
        </Stack>
      )}
    </Stack>
  );
}
