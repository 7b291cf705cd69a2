import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { localized } from '../../../i18n/languages';
import { isApiProblem } from '../../../lib/api-problem';
import { usePageTitle } from '../../../lib/use-page-title';
import { useReviewSettings } from '../reviews.api';
import { ReviewProgressPanel } from './review-progress-panel';
import { ReviewSettingsForm } from './review-settings-form';
import { ReviewerPoolPanel } from './reviewer-pool-panel';
import { RubricEditor } from './rubric-editor';

/** A call's review for its coordinators: settings and rubric, reviewers, assignment and progress. */
export function ReviewManagePage() {
  const { t, i18n } = useTranslation();
  const { callId = '' } = useParams();
  const settings = useReviewSettings(callId);
  const title = settings.data ? localized(settings.data.callTitle, i18n.language) : '';
  usePageTitle(t('review.manage.title', { title }));
  // Remount the forms on "load the latest version" so their fields take the server's values.
  const reload = () => void settings.refetch();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/manage/calls/${callId}`} size="sm">
        {t('review.manage.back')}
      </Anchor>
      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        isApiProblem(settings.error) && settings.error.status === 404 ? <Text>{t('calls.notFound.body')}</Text> : <ProblemAlert error={settings.error} />
      ) : (
        <>
          <Title order={1}>{t('review.manage.title', { title })}</Title>
          <Tabs defaultValue="settings" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="settings">{t('review.manage.tabs.settings')}</Tabs.Tab>
              <Tabs.Tab value="pool">{t('review.manage.tabs.pool')}</Tabs.Tab>
              <Tabs.Tab value="assignment">{t('review.manage.tabs.assignment')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="settings" pt="lg">
              <Stack gap="xl">
                <ReviewSettingsForm key={`settings-${settings.dataUpdatedAt}`} settings={settings.data} onReload={reload} />
                <RubricEditor key={`rubric-${settings.dataUpdatedAt}`} settings={settings.data} onReload={reload} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="pool" pt="lg">
              <ReviewerPoolPanel callId={callId} />
            </Tabs.Panel>
            <Tabs.Panel value="assignment" pt="lg">
              <ReviewProgressPanel callId={callId} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </Stack>
  );
}
