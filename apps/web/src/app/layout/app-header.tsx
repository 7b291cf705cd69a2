import { Anchor, Box, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from '../../features/language/language-switcher';
import { HeaderAccount } from './header-account';
import { MainNav } from './main-nav';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <Box
      component="header"
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Container size="lg">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="lg" wrap="wrap">
            <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never">
              {t('app.name')}
            </Anchor>
            <MainNav />
          </Group>
          <Group gap="md" wrap="wrap">
            <LanguageSwitcher />
            <HeaderAccount />
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
