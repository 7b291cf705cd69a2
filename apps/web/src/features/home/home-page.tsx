import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PublicCallList } from '../calls/public-call-list';
import { usePageTitle } from '../../lib/use-page-title';

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t('home.title')}</Title>
        <Text size="lg">{t('home.lead')}</Text>
        <Text>{t('home.about')}</Text>
        <Text>{t('home.whoCanApply')}</Text>
      </Stack>
      <Stack component="section" gap="md" aria-labelledby="open-calls-heading">
        <Title order={2} id="open-calls-heading">
          {t('calls.openCallsTitle')}
        </Title>
        <PublicCallList headingOrder={3} />
      </Stack>
    </Stack>
  );
}
