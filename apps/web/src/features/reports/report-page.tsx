import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { ReportEditor } from './report-editor';
import { ReportReview } from './report-review';
import { ReportStatusBadge } from './report-status-badge';
import { useReport } from './reports.api';

/** `/projects/:id/reports/:reportId` (the grantee writes) and `/manage/projects/:id/reports/:reportId` (the coordinator reviews). */
export function ReportPage() {
  const { id = '', reportId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const report = useReport(reportId);
  const name = report.data ? t(`reports.kindNumbered.${report.data.kind}`, { number: report.data.number }) : '';
  usePageTitle(report.data ? t('reports.pageTitle', { report: name, agreement: report.data.agreementNumber }) : t('reports.schedule.title'));

  if (report.isPending) return <PageLoader />;
  if (report.isError) return <ProblemAlert error={report.error} />;
  const data = report.data;
  const staff = data.viewer === 'staff';

  return (
    <Stack gap="xl">
      <Anchor component={Link} to={staff ? `/manage/projects/${id}` : `/projects/${id}`} size="sm">
        {t('reports.backToProject', { agreement: data.agreementNumber })}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{name}</Title>
        <Group gap="sm">
          <ReportStatusBadge status={data.status} />
          <Text>{t('reports.dueLine', { date: data.dueDate ? formatCalendarDate(data.dueDate, locale) : t('reports.schedule.undated') })}</Text>
        </Group>
        <Text size="sm">
          {data.organisationName} · {data.agreementNumber}
        </Text>
      </Stack>
      {staff ? <ReportReview report={data} /> : <ReportEditor key={data.id} report={data} />}
    </Stack>
  );
}
