import { Anchor, Stack, Text, Title } from '@mantine/core';
import { PROBLEM_TYPES, type TPublicCallResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { PlainText } from '../../components/plain-text';
import { ProblemAlert } from '../../components/problem-alert';
import { localized } from '../../i18n/languages';
import { isApiProblem } from '../../lib/api-problem';
import { usePageTitle } from '../../lib/use-page-title';
import { ApplyPanel } from '../applications/apply-panel';
import { PublicCallDetails } from './public-call-details';
import { PublicCallQuestions } from './public-call-questions';
import { usePublicCall } from './public-calls.api';

export function PublicCallPage() {
  const { id = '' } = useParams();
  const call = usePublicCall(id);

  if (call.isPending) return <PageLoader />;
  if (call.isError) {
    const notFound =
      isApiProblem(call.error) &&
      (call.error.status === 404 || call.error.is(PROBLEM_TYPES.notFound));
    if (notFound) return <CallNotFound />;
    return <CallLoadFailed error={call.error} />;
  }
  return <PublicCallView call={call.data} />;
}

function PublicCallView({ call }: { call: TPublicCallResponse }) {
  const { t, i18n } = useTranslation();
  const title = localized(call.title, i18n.language);
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/calls" size="sm">
        {t('calls.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text>{localized(call.programmeName, i18n.language)}</Text>
      </Stack>
      <PublicCallDetails call={call} />
      <ApplyPanel call={call} />
      <Stack component="section" gap="xs" aria-labelledby="call-description-heading">
        <Title order={2} id="call-description-heading">
          {t('calls.description')}
        </Title>
        <PlainText text={localized(call.description, i18n.language)} />
      </Stack>
      <PublicCallQuestions call={call} />
    </Stack>
  );
}

function CallNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('calls.notFound.title'));
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('calls.notFound.title')}</Title>
      <Text>{t('calls.notFound.body')}</Text>
      <Anchor component={Link} to="/calls">
        {t('calls.backToList')}
      </Anchor>
    </Stack>
  );
}

function CallLoadFailed({ error }: { error: unknown }) {
  const { t } = useTranslation();
  usePageTitle(t('calls.loadOneFailed'));
  return (
    <Stack>
      <Title order={1}>{t('calls.loadOneFailed')}</Title>
      <ProblemAlert error={error} />
    </Stack>
  );
}
