import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';

/**
 * An honest start page for work that is not in the app yet: it says what will appear here.
 */
function WorkComingPage({ area }: { area: 'consultations' }) {
  const { t } = useTranslation();
  usePageTitle(t(`workspace.${area}.title`));
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t(`workspace.${area}.title`)}</Title>
      <Alert color="blue" variant="light" title={t(`workspace.${area}.emptyTitle`)}>
        <Text>{t(`workspace.${area}.emptyBody`)}</Text>
      </Alert>
    </Stack>
  );
}

export function ConsultationsHomePage() {
  return <WorkComingPage area="consultations" />;
}
