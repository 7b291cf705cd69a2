import { Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../lib/use-page-title';
import { useLogout, useMe } from '../auth/auth.api';
import { ChangePasswordSection } from './change-password-section';
import { LanguageSection } from './language-section';
import { ProfileSection } from './profile-section';
import { PersonalDataSection } from './personal-data-section';
import { SecuritySection } from './security-section';
import { SessionsSection } from './sessions-section';
import { NotificationPreferencesSection } from '../notifications/notification-preferences-section';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { data: me } = useMe();
  const logout = useLogout();

  if (!me) return <PageLoader />;

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('account.title')}</Title>
        <Button
          variant="default"
          loading={logout.isPending}
          onClick={() => void logout.logOut('/')}
        >
          {/* Named apart from the header's "Log out" so each button has a unique name. */}
          {t('account.logout')}
        </Button>
      </Group>
      <ProfileSection me={me} />
      <LanguageSection />
      <NotificationPreferencesSection />
      <ChangePasswordSection />
      <SecuritySection />
      <SessionsSection />
      <PersonalDataSection />
    </Stack>
  );
}
