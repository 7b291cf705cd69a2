import { Anchor, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { formatRigaDateTime } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/notice';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { intlLocaleOf, localized } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { DeclarationStep } from './declaration-step';
import { ReviewStatusBadge } from './review-status-badge';
import { ReviewerApplicationView } from './reviewer-application-view';
import { ScoringForm } from './scoring-form';
import { useReviewAssignment } from './reviews.api';

/** One assignment: the declaration first; then the application and the scores side by side (stacked on phones). */
export function ReviewAssignmentPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const assignment = useReviewAssignment(id);
  const [conflictDeclared, setConflictDeclared] = useState(false);
  // Remounting the scoring form drops local drafts after "load the latest version".
  const [formKey, setFormKey] = useState(0);
  const reference = assignment.data?.referenceNumber ?? '';
  usePageTitle(t('review.assignment.title', { reference }));

  const back = (
    <Anchor component={Link} to="/reviews" size="sm">
      {t('review.assignment.back')}
    </Anchor>
  );
  if (conflictDeclared) {
    return (
      <Stack gap="lg">
        {back}
        <Notice color="blue" role="status" title={t('review.declaration.conflictDone')} />
      </Stack>
    );
  }
  if (assignment.isPending) return <PageLoader />;
  if (assignment.isError) {
    const notFound = isApiProblem(assignment.error) && assignment.error.status === 404;
    return (
      <Stack gap="lg">
        {back}
        {notFound ? <Text>{t('review.assignment.notFound')}</Text> : <ProblemAlert error={assignment.error} />}
      </Stack>
    );
  }
  const data = assignment.data;
  return (
    <Stack gap="lg">
      {back}
      <Stack gap="xs">
        <Title order={1}>{t('review.assignment.title', { reference })}</Title>
        <Group gap="sm">
          <ReviewStatusBadge status={data.status} />
          <Text size="sm">{localized(data.call.title, i18n.language)}</Text>
          {data.reviewDueAt && <Text size="sm">{t('review.assignment.due', { date: formatRigaDateTime(data.reviewDueAt, intlLocaleOf(i18n.language)) })}</Text>}
        </Group>
      </Stack>
      {data.status === 'pending' || !data.application ? (
        <DeclarationStep assignmentId={data.id} onConflictDeclared={() => setConflictDeclared(true)} />
      ) : (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <ReviewerApplicationView assignmentId={data.id} application={data.application} blind={data.call.blindReview} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
              <ScoringForm
                key={`${data.id}-${formKey}`}
                assignment={data}
                onReload={() => void assignment.refetch().then(() => setFormKey((key) => key + 1))}
              />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
