import { Button, Menu } from '@mantine/core';
import type { TMeResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLogout } from '../../features/auth/auth.api';
import { useChangeLanguage } from '../../features/language/use-change-language';
import { UI_LANGUAGES } from '../../i18n/languages';

/** The signed-in user's menu: profile, language, sessions, sign out. */
export function UserMenu({ me }: { me: TMeResponse }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const { changeLanguage, language } = useChangeLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* A long name is cut short on a phone, so the header stays one row without sideways scrolling. */}
        <Button variant="default" size="compact-md" loading={logout.isPending} maw={{ base: 140, sm: 220 }} aria-label={t('workspace.userMenu.label', { name: me.displayName })}>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{me.displayName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/account">
          {t('workspace.userMenu.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account#sessions">
          {t('workspace.userMenu.sessions')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('language.switcherLabel')}</Menu.Label>
        {UI_LANGUAGES.map((option) => (
          <Menu.Item
            key={option.code}
            lang={option.code}
            role="menuitemradio"
            aria-checked={option.code === language}
            fw={option.code === language ? 700 : undefined}
            onClick={() => changeLanguage(option.code)}
          >
            {option.code === language ? `✓ ${option.nativeName}` : option.nativeName}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => void logout.logOut('/')}>{t('nav.logout')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
