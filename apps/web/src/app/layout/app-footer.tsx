import { Box, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Box
      component="footer"
      py="lg"
      bg="gray.0"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Container size="lg">
        <Text size="sm">{t('layout.footer.programme')}</Text>
        <Text size="sm">{t('layout.footer.openSource')}</Text>
      </Container>
    </Box>
  );
}
