import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { formatCalendarDate, formatEuroCents } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { BudgetSection } from '../project-budgets';
import { AgreementForm } from './agreement-form';
import { AgreementSection } from './agreement-section';
import { ProjectActions } from './project-actions';
import { ProjectStatusBadge } from './project-status-badge';
import { useProject } from './projects.api';
import { ProjectTimeline } from './project-timeline';
import { TranchePlanForm } from './tranche-plan-form';
import { TranchesTable } from './tranches-table';
import { ReportScheduleSection } from '../reports';

/**
 * `/projects/:id` (grantee, read-only) and `/manage/projects/:id` (coordinator): the
 * agreement, the money and the payment tranches of one funded project.
 */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const project = useProject(id);
  usePageTitle(project.data ? t('projects.page.title', { number: project.data.agreementNumber }) : t('projects.mine.title'));

  if (project.isPending) return <PageLoader />;
  if (project.isError) return <ProblemAlert error={project.error} />;
  const data = project.data;
  const staff = data.viewer === 'staff';
  const open = data.status !== 'closed' && data.status !== 'terminated';
  const date = (value: string | null) => (value ? formatCalendarDate(value, locale) : t('projects.page.notSet'));
  const euro = (cents: number) => formatEuroCents(cents, locale);

  return (
    <Stack gap="xl">
      <Anchor component={Link} to={staff ? `/manage/calls/${data.callId}/projects` : '/projects'} size="sm">
        {staff ? t('projects.page.backToCall') : t('projects.page.backToMine')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{t('projects.page.title', { number: data.agreementNumber })}</Title>
        <Group gap="sm">
          <ProjectStatusBadge status={data.status} />
          {data.projectTitle && <Text fw={700}>{data.projectTitle}</Text>}
        </Group>
        {data.statusReason && <Text size="sm">{t('projects.page.statusReason', { reason: data.statusReason })}</Text>}
      </Stack>

      <DetailList
        items={[
          { label: t('projects.page.organisation'), value: data.organisationName },
          { label: t('projects.page.call'), value: localized(data.callTitle, i18n.language) },
          {
            label: t('projects.page.application'),
            value: staff ? (
              <Anchor component={Link} to={`/manage/applications/${data.applicationId}`}>
                {data.referenceNumber}
              </Anchor>
            ) : (
              <Anchor component={Link} to={`/applications/${data.applicationId}`}>
                {data.referenceNumber}
              </Anchor>
            ),
          },
          { label: t('projects.page.period'), value: `${date(data.startDate)} – ${date(data.endDate)}` },
          { label: t('projects.agreement.contact'), value: data.contactName ?? t('projects.page.notSet') },
          { label: t('projects.agreement.granteeSignedOn'), value: date(data.granteeSignedOn) },
          { label: t('projects.agreement.funderSignedOn'), value: date(data.funderSignedOn) },
          { label: t('projects.totals.awardedLabel'), value: euro(data.totals.awardedCents) },
          { label: t('projects.totals.paidLabel'), value: euro(data.totals.paidCents) },
          { label: t('projects.totals.outstandingLabel'), value: euro(data.totals.outstandingCents) },
        ]}
      />

      <TranchesTable project={data} />
      {staff && open && <TranchePlanForm key={`plan-${data.version}`} project={data} />}
      <AgreementSection project={data} />
      <BudgetSection projectId={data.id} />
      <ReportScheduleSection projectId={data.id} projectVersion={data.version} editable={data.status !== 'closed' && data.status !== 'terminated'} />
      {staff && <ProjectActions project={data} />}
      {staff && open && <AgreementForm key={data.version} project={data} />}
      <ProjectTimeline projectId={data.id} />
    </Stack>
  );
}
