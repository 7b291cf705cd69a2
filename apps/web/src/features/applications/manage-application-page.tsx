import { Anchor, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { formatEuroCents, formatRigaDateTime, type TAnswers, type TApplicationResponse } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../components/detail-list';
import { Notice } from '../../components/notice';
import { PageLoader } from '../../components/page-loader';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { useMunicipalityNames, useOrganisationTypeLabel } from '../reference-data/reference-labels';
import { ApplicationLoadFailed } from './application-editor-page';
import { ApplicationDocument } from './application-document';
import { ApplicationStatusBadge } from './application-status-badge';
import { useApplication, useAttachments } from './applications.api';
import { ClarificationForm } from './clarification-form';
import { HistorySection } from './history-section';
import { RevisionsSection } from './revisions-section';

/** `/manage/applications/:id`: a coordinator reads the whole application and its history. */
export function ManageApplicationPage() {
  const { id = '' } = useParams();
  const application = useApplication(id);
  if (application.isPending) return <PageLoader />;
  if (application.isError) return <ApplicationLoadFailed error={application.error} />;
  return <ManageApplicationView application={application.data} />;
}

function ManageApplicationView({ application }: { application: TApplicationResponse }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const typeLabel = useOrganisationTypeLabel();
  const municipality = useMunicipalityNames(application.organisation ? [application.organisation.municipalityCode] : []);
  const attachments = useAttachments(application.id);
  const callTitle = localized(application.call.title, i18n.language);
  const heading = application.referenceNumber
    ? t('applications.manage.viewTitle', { reference: application.referenceNumber })
    : t('applications.manage.viewTitleDraft', { organisation: application.organisation?.legalName ?? '—' });
  usePageTitle(heading);
  const [clarificationSent, setClarificationSent] = useState(false);
  // The server's allowedActions say what the caller may do (the workflow table, their role, the clock).
  const canClarify = application.allowedActions.includes('requestClarification');


  return (
    <Stack gap="xl">
      <Anchor component={Link} to={`/manage/calls/${application.call.id}/applications`} size="sm">
        {t('applications.manage.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{heading}</Title>
        <Group gap="sm">
          <Text>{callTitle}</Text>
          <ApplicationStatusBadge status={application.status} />
        </Group>
      </Stack>
      <DetailList
        items={[
          { label: t('applications.fields.organisation'), value: application.organisation?.legalName ?? '—' },
          { label: t('applications.fields.organisationType'), value: application.organisation ? typeLabel(application.organisation.type) : '—' },
          { label: t('applications.fields.municipality'), value: municipality.names.join(', ') },
          {
            label: t('applications.fields.requested'),
            value: application.requestedCents === null ? '—' : formatEuroCents(application.requestedCents, locale),
          },
          {
            label: t('applications.fields.submittedAt'),
            value: application.submittedAt ? formatRigaDateTime(application.submittedAt, locale) : '—',
          },
          { label: t('applications.fields.formVersion'), value: String(application.formVersion) },
        ]}
      />
      {application.openClarification && (
        <Notice color="orange" role="status" title={t('applications.clarification.title')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {application.openClarification.message}
          </Text>
          <Text size="sm" fw={600}>
            {t('applications.clarification.due', { time: formatRigaDateTime(application.openClarification.dueAt, locale) })}
          </Text>
        </Notice>
      )}
      {application.withdrawalReason && (
        <Text>{t('applications.withdraw.reasonShown', { reason: application.withdrawalReason })}</Text>
      )}

      <Stack component="section" gap="md" aria-labelledby="answers-heading">
        <Title order={2} id="answers-heading">
          {t('applications.manage.answers')}
        </Title>
        <ApplicationDocument form={application.form} answers={application.answers as TAnswers} attachments={attachments.data ?? []} headingOrder={3} />
      </Stack>
      <Divider />
      {clarificationSent && <Notice color="green" role="status" title={t('applications.clarify.sent')} />}
      {canClarify && <ClarificationForm application={application} onSent={() => setClarificationSent(true)} />}
      <RevisionsSection applicationId={application.id} form={application.form} />
      <HistorySection applicationId={application.id} />
    </Stack>
  );
}
