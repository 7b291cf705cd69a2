import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { ProblemAlert } from '../../components/problem-alert';
import { PublicCallCard } from './public-call-card';
import { usePublicCalls } from './public-calls.api';

/**
 * Open calls, soonest deadline first (the API's order), then published calls that have not
 * opened yet under their own heading: a call nobody can apply to yet is never listed as open.
 */
export function PublicCallList({ headingOrder }: { headingOrder: 2 | 3 }) {
  const { t } = useTranslation();
  const calls = usePublicCalls();

  if (calls.isPending) return <PageLoader />;
  if (calls.isError) return <ProblemAlert error={calls.error} title={t('calls.loadFailed')} />;
  const { items, upcoming } = calls.data;

  return (
    <Stack gap="lg">
      {items.length === 0 ? (
        <Text>{t('calls.noneOpen')}</Text>
      ) : (
        <Stack gap="md">
          {items.map((call) => (
            <PublicCallCard key={call.id} call={call} headingOrder={headingOrder} />
          ))}
        </Stack>
      )}
      {upcoming.length > 0 && (
        <Stack component="section" gap="md" aria-labelledby="upcoming-calls-heading">
          <Title order={headingOrder} id="upcoming-calls-heading">
            {t('calls.upcomingTitle')}
          </Title>
          {upcoming.map((call) => (
            <PublicCallCard key={call.id} call={call} headingOrder={headingOrder === 2 ? 3 : 4} upcoming />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
