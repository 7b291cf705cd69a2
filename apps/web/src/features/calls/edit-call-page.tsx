import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { PROBLEM_TYPES } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { CallStatusBadge } from './call-status-badge';
import { useManagedCall } from './calls.api';
import { EditCallForm } from './edit-call-form';
import { useCallFormData } from './use-call-form-data';

export function EditCallPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const call = useManagedCall(id);
  const data = useCallFormData();
  const title = call.data ? localized(call.data.title, i18n.language) : t('manageCalls.editTitle');
  usePageTitle(title);

  const notFound =
    isApiProblem(call.error) && (call.error.status === 404 || call.error.is(PROBLEM_TYPES.notFound));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/manage/calls" size="sm">
        {t('manageCalls.backToList')}
      </Anchor>
      {notFound ? (
        <>
          <Title order={1}>{t('calls.notFound.title')}</Title>
          <Text>{t('calls.notFound.body')}</Text>
        </>
      ) : (
        <>
          <Stack gap="xs">
            <Title order={1}>{title}</Title>
            {call.data && (
              <Group gap="sm">
                <CallStatusBadge status={call.data.status} />
                <Text size="sm">
                  {t('manageCalls.codeAndVersion', { code: call.data.code, version: call.data.version })}
                </Text>
                <Anchor component={Link} to={`/manage/calls/${call.data.id}/applications`} size="sm">
                  {t('applications.manage.openList')}
                </Anchor>
                <Anchor component={Link} to={`/manage/calls/${call.data.id}/form`} size="sm">
                  {t('callForms.openBuilder')}
                </Anchor>
                <Anchor component={Link} to={`/manage/calls/${call.data.id}/review`} size="sm">
                  {t('review.manage.open')}
                </Anchor>
                <Anchor component={Link} to={`/manage/calls/${call.data.id}/decisions`} size="sm">
                  {t('decisions.open')}
                </Anchor>
                <Anchor component={Link} to={`/manage/calls/${call.data.id}/projects`} size="sm">
                  {t('projects.call.open')}
                </Anchor>
                <Anchor component={Link} to={`/manage/calls/${call.data.id}/reports`} size="sm">
                  {t('reports.settings.open')}
                </Anchor>
              </Group>
            )}
          </Stack>
          {call.isPending || data.isPending ? (
            <PageLoader />
          ) : call.error || data.error ? (
            <ProblemAlert error={call.error ?? data.error} />
          ) : (
            <EditCallForm
              key={call.data.id}
              call={call.data}
              programmes={data.programmes}
              municipalities={data.municipalities}
            />
          )}
        </>
      )}
    </Stack>
  );
}
