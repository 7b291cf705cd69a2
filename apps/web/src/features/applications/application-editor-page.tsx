import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplicantDecisionPanel } from '../decisions/applicant-decision-panel';
import { ApplicationEditor } from './application-editor';
import { useApplication } from './applications.api';
import { RevisionsSection } from './revisions-section';
import { ApplicantEligibilityNotice } from '../eligibility/applicant-eligibility-notice';

/** `/applications/:id`: the applicant's editor (read-only once submitted). */
export function ApplicationEditorPage() {
  const { id = '' } = useParams();
  const application = useApplication(id);
  if (application.isPending) return <PageLoader />;
  if (application.isError) return <ApplicationLoadFailed error={application.error} />;
  // key: a different application gets a fresh autosave controller.
  return (
    <Stack gap="xl">
      <ApplicationEditor
        key={application.data.id}
        application={application.data}
        outcome={
          <>
            <ApplicantDecisionPanel applicationId={application.data.id} status={application.data.status} />
            <ApplicantEligibilityNotice applicationId={application.data.id} status={application.data.status} />
          </>
        }
      />
      {/* Every submitted revision, each with its PDF copy. */}
      {application.data.revisionCount > 0 && <RevisionsSection applicationId={application.data.id} form={application.data.form} />}
    </Stack>
  );
}

export function ApplicationLoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const notFound = isApiProblem(error) && error.status === 404;
  const title = notFound ? t('applications.notFound.title') : t('applications.loadFailed');
  usePageTitle(title);
  return (
    <Stack align="flex-start">
      <Title order={1}>{title}</Title>
      {notFound ? <Text>{t('applications.notFound.body')}</Text> : <ProblemAlert error={error} />}
      <Anchor component={Link} to="/dashboard">
        {t('applications.editor.backToDashboard')}
      </Anchor>
    </Stack>
  );
}
