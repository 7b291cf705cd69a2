import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

/** Shown when a page crashes; rendered inside the layout so the header stays usable. */
export function RouteErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <CrashPage />;
}

function CrashPage() {
  const { t } = useTranslation();
  usePageTitle(t('errors.crash.title'));
  return (
    <Stack align="flex-start">
      <Title order={1}>{t('errors.crash.title')}</Title>
      <Text>{t('errors.crash.body')}</Text>
      <Button onClick={() => window.location.reload()}>{t('errors.crash.reload')}</Button>
    </Stack>
  );
}
