import { Anchor, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { formatEuroCents } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicationStatusBadge } from '../applications/application-status-badge';
import { useMunicipalityNames, useOrganisationTypeLabel } from '../reference-data/reference-labels';
import { AutoCheckList } from './auto-check-list';
import { useApplicationEligibility, useSaveTicks } from './eligibility.api';
import { OutcomeForm } from './outcome-form';

/** `/manage/applications/:id/eligibility`: one application's checks, checklist and outcome. */
export function ApplicationEligibilityPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const detail = useApplicationEligibility(id);
  const saveTicks = useSaveTicks(id);
  const typeLabel = useOrganisationTypeLabel();
  const municipality = useMunicipalityNames(detail.data ? [detail.data.organisation.municipalityCode] : []);
  const heading = t('eligibility.application.title', { reference: detail.data?.referenceNumber ?? '' });
  usePageTitle(heading);

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) return <ProblemAlert error={detail.error} />;
  const data = detail.data;
  const editable = ['submitted', 'eligible', 'ineligible'].includes(data.status);

  return (
    <Stack gap="xl">
      <Group gap="md">
        <Anchor component={Link} to={`/manage/calls/${data.callId}/eligibility`} size="sm">
          {t('eligibility.application.backToList')}
        </Anchor>
        <Anchor component={Link} to={`/manage/applications/${data.applicationId}`} size="sm">
          {t('eligibility.application.readApplication')}
        </Anchor>
      </Group>
      <Group gap="sm">
        <Title order={1}>{heading}</Title>
        <ApplicationStatusBadge status={data.status} />
      </Group>
      <DetailList
        items={[
          { label: t('applications.fields.organisation'), value: data.organisation.legalName },
          { label: t('applications.fields.organisationType'), value: typeLabel(data.organisation.type) },
          { label: t('applications.fields.municipality'), value: municipality.names.join(', ') },
          { label: t('applications.fields.requested'), value: data.requestedCents === null ? '—' : formatEuroCents(data.requestedCents, intlLocaleOf(i18n.language)) },
        ]}
      />

      <Stack component="section" gap="sm" aria-labelledby="checks-heading">
        <Title order={2} size="h3" id="checks-heading">
          {t('eligibility.application.checks')}
        </Title>
        <Text role="status">{data.autoPassed ? t('eligibility.application.allPassed') : t('eligibility.application.someFailed')}</Text>
        <AutoCheckList results={data.autoResults} />
      </Stack>

      <Stack component="section" gap="sm" aria-labelledby="ticks-heading">
        <Title order={2} size="h3" id="ticks-heading">
          {t('eligibility.checklist.title')}
        </Title>
        {data.checklist.length === 0 && <Text>{t('eligibility.application.noChecklist')}</Text>}
        {data.checklist.map((item) => (
          <Checkbox
            key={item.id}
            label={localized(item, i18n.language)}
            checked={item.ticked}
            disabled={!editable || saveTicks.isPending}
            onChange={(event) => saveTicks.mutate({ version: data.version, ticks: { [item.id]: event.currentTarget.checked } })}
          />
        ))}
        {saveTicks.isError && <ProblemAlert error={saveTicks.error} />}
      </Stack>

      <OutcomeForm detail={data} />
    </Stack>
  );
}
