import { Anchor, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLogout, useMe } from '../../features/auth/auth.api';
import { NotificationBell } from '../../features/notifications/notification-bell';

/** Who is signed in and a way out, or the ways in. */
export function HeaderAccount() {
  const { t } = useTranslation();
  const { data: me, isPending } = useMe();
  const logout = useLogout();

  if (isPending) return null;

  if (!me) {
    return (
      <Group gap="xs">
        <Button component={Link} to="/login" variant="default" size="compact-md">
          {t('nav.login')}
        </Button>
        <Button component={Link} to="/register" size="compact-md">
          {t('nav.register')}
        </Button>
      </Group>
    );
  }

  return (
    <Group gap="sm">
      <NotificationBell />
      <Anchor component={Link} to="/account" fw={600} c="dark.9">
        {me.displayName}
      </Anchor>
      <Button
        variant="default"
        size="compact-md"
        loading={logout.isPending}
        onClick={() => void logout.logOut('/')}
      >
        {t('nav.logout')}
      </Button>
    </Group>
  );
}
