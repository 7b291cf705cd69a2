import { Stack, Switch, Text } from '@mantine/core';
import type { TNotificationCategory } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { AccountSection } from '../account/account-section';
import { useNotificationPreferences, useSaveNotificationPreferences } from './notifications.api';

/** On the account page: per category, whether messages also come by e-mail (account mail always does). */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();

  const toggle = (category: TNotificationCategory, email: boolean) => {
    if (category === 'account') return;
    save.mutate({ items: [{ category, email }] });
  };

  return (
    <AccountSection id="notifications" title={t('notifications.preferences.title')}>
      <Text size="sm">{t('notifications.preferences.hint')}</Text>
      {preferences.isError && <ProblemAlert error={preferences.error} />}
      {save.isError && <ProblemAlert error={save.error} />}
      <Stack gap="sm" role="group" aria-label={t('notifications.preferences.groupLabel')}>
        {(preferences.data ?? []).map((item) => (
          <Switch
            key={item.category}
            label={t(`notifications.category.${item.category}`)}
            description={item.editable ? undefined : t('notifications.preferences.alwaysSent')}
            checked={item.email}
            disabled={!item.editable || save.isPending}
            onChange={(event) => toggle(item.category, event.currentTarget.checked)}
          />
        ))}
      </Stack>
    </AccountSection>
  );
}
