import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { useManagedCall } from '../calls/calls.api';
import { CallFormBuilder } from './call-form-builder';
import { useCallForm } from './call-forms.api';

/** /manage/calls/:id/form — the application form builder with a live preview. */
export function CallFormBuilderPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const call = useManagedCall(id);
  const form = useCallForm(id);
  const callTitle = call.data ? localized(call.data.title, i18n.language) : '';
  usePageTitle(callTitle ? t('callForms.pageTitleFor', { call: callTitle }) : t('callForms.pageTitle'));
  const notFound = isApiProblem(call.error) && call.error.status === 404;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/manage/calls/${encodeURIComponent(id)}`} size="sm">
        {t('callForms.backToCall')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('callForms.pageTitle')}</Title>
        {callTitle && <Text>{callTitle}</Text>}
      </Stack>
      {notFound ? (
        <Text>{t('calls.notFound.body')}</Text>
      ) : call.isPending || form.isPending ? (
        <PageLoader />
      ) : call.error || form.error ? (
        <ProblemAlert error={call.error ?? form.error} />
      ) : (
        <CallFormBuilder key={call.data.id} call={call.data} saved={form.data ?? null} />
      )}
    </Stack>
  );
}
