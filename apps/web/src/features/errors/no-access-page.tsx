import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';

export function NoAccessPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.noAccess.title'));
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('errors.noAccess.title')}</Title>
      <Text>{t('errors.noAccess.body')}</Text>
      <Button component={Link} to="/">
        {t('errors.backHome')}
      </Button>
    </Stack>
  );
}
