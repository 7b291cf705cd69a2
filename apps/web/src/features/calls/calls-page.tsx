import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';
import { PublicCallList } from './public-call-list';

export function CallsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calls.openCallsTitle'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('calls.openCallsTitle')}</Title>
      <Text>{t('calls.openCallsIntro')}</Text>
      <PublicCallList headingOrder={2} />
    </Stack>
  );
}
