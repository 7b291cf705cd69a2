import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { PublicCallCard } from './public-call-card';
import { usePublicCalls } from './public-calls.api';

/** Open calls, soonest deadline first (the API's order). */
export function PublicCallList({ headingOrder }: { headingOrder: 2 | 3 }) {
  const { t } = useTranslation();
  const calls = usePublicCalls();

  if (calls.isPending) return <PageLoader />;
  if (calls.isError) return <ProblemAlert error={calls.error} title={t('calls.loadFailed')} />;
  if (calls.data.length === 0) return <Text>{t('calls.noneOpen')}</Text>;

  return (
    <Stack gap="md">
      {calls.data.map((call) => (
        <PublicCallCard key={call.id} call={call} headingOrder={headingOrder} />
      ))}
    </Stack>
  );
}
