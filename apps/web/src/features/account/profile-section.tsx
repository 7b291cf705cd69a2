import type { TMeResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../components/detail-list';
import { AccountSection } from './account-section';

export function ProfileSection({ me }: { me: TMeResponse }) {
  const { t } = useTranslation();
  return (
    <AccountSection id="profile" title={t('account.profile.title')}>
      <DetailList
        items={[
          { label: t('auth.fields.displayName'), value: me.displayName },
          { label: t('auth.fields.email'), value: me.email },
          {
            label: t('account.profile.emailVerified'),
            value: me.emailVerified ? t('common.yes') : t('common.no'),
          },
          {
            label: t('account.profile.roles'),
            value: me.roles.map((role) => t(`role.${role}`)).join(', '),
          },
        ]}
      />
    </AccountSection>
  );
}
