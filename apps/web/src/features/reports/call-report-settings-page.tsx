import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { usePageTitle } from '../../lib/use-page-title';
import { CallFormBuilder } from '../call-forms/call-form-builder';
import { useCallForm } from '../call-forms/call-forms.api';
import { useManagedCall } from '../calls/calls.api';
import { ReportScheduleDefaultsForm } from './report-schedule-defaults-form';
import { useReportScheduleSettings } from './reports.api';

/** `/manage/calls/:callId/reports`: the call's report schedule defaults and its report form (the application form's builder). */
export function CallReportSettingsPage() {
  const { t, i18n } = useTranslation();
  const { callId = '' } = useParams();
  const call = useManagedCall(callId);
  const settings = useReportScheduleSettings(callId);
  const form = useCallForm(callId, 'report');
  const callTitle = call.data ? localized(call.data.title, i18n.language) : '';
  usePageTitle(callTitle ? t('reports.settings.pageTitleFor', { call: callTitle }) : t('reports.settings.pageTitle'));

  return (
    <Stack gap="xl">
      <Anchor component={Link} to={`/manage/calls/${encodeURIComponent(callId)}`} size="sm">
        {t('callForms.backToCall')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('reports.settings.pageTitle')}</Title>
        {callTitle && <Text>{callTitle}</Text>}
      </Stack>
      {call.isPending || settings.isPending || form.isPending ? (
        <PageLoader />
      ) : call.error || settings.error || form.error ? (
        <ProblemAlert error={call.error ?? settings.error ?? form.error} />
      ) : (
        <>
          <ReportScheduleDefaultsForm key={settings.data.version} callId={callId} settings={settings.data} />
          <Stack component="section" gap="sm" aria-labelledby="report-form-heading">
            <Title order={2} id="report-form-heading">
              {t('reports.settings.formTitle')}
            </Title>
            <Text size="sm">{t('reports.settings.formHelp')}</Text>
            <CallFormBuilder key={call.data.id} call={call.data} saved={form.data ?? null} purpose="report" />
          </Stack>
        </>
      )}
    </Stack>
  );
}
