import { Anchor, Box, Burger, Group } from '@mantine/core';
import type { TMeResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitcher } from '../../features/language/language-switcher';
import { HeaderAccount } from './header-account';
import { HeaderNotificationsSlot } from './header-notifications-slot';
import { MainNav } from './main-nav';
import { NotificationBell, UserMenu } from './signed-in-parts';

export const NAV_DRAWER_ID = 'navigation-drawer';

interface AppHeaderProps {
  me: TMeResponse | null | undefined;
  navOpened: boolean;
  onToggleNav: () => void;
}

/** One row at every width: the burger (narrow screens), the name, then language and account. */
export function AppHeader({ me, navOpened, onToggleNav }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="lg" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t(navOpened ? 'workspace.nav.close' : 'workspace.nav.open')}
          aria-expanded={navOpened}
          aria-controls={NAV_DRAWER_ID}
        />
        <Anchor component={Link} to="/" fw={800} fz="xl" c="blue.9" underline="never">
          {t('app.name')}
        </Anchor>
        {!me && (
          <Box visibleFrom="sm">
            <MainNav />
          </Box>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        {/* Signed in, the language is also in the user menu, so narrow screens keep one row. */}
        <Box visibleFrom={me ? 'sm' : undefined}>
          <LanguageSwitcher />
        </Box>
        {/* Their code arrives with the user (signed-in-parts.tsx). */}
        {me && (
          <HeaderNotificationsSlot>
            <NotificationBell />
          </HeaderNotificationsSlot>
        )}
        {me ? (
          <UserMenu me={me} />
        ) : (
          <Box visibleFrom="sm">
            <HeaderAccount />
          </Box>
        )}
      </Group>
    </Group>
  );
}
