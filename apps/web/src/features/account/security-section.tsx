import { Anchor, Button, Group, Text } from '@mantine/core';
import { formatRigaDateTime } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { AccountSection } from './account-section';
import { RecoveryCodesList } from './recovery-codes-list';
import { useWithReauth } from './reauth-dialog';
import { useDisableTwoFactor, useRegenerateRecoveryCodes, useTwoFactorStatus } from './security.api';

/** Two-step sign-in on the account page: its state, new recovery codes, turning it off. */
export function SecuritySection() {
  const { t, i18n } = useTranslation();
  const status = useTwoFactorStatus();
  const disable = useDisableTwoFactor();
  const regenerate = useRegenerateRecoveryCodes();
  const reauth = useWithReauth();
  const data = status.data;

  return (
    <AccountSection id="security" title={t('security.section.title')}>
      {reauth.dialog}
      {status.error && <ProblemAlert error={status.error} />}
      {data && !data.enabled && (
        <>
          <Text>{data.required ? t('security.section.offRequired') : t('security.section.off')}</Text>
          <Anchor component={Link} to="/account/two-factor" w="fit-content">
            {t('security.section.setUp')}
          </Anchor>
        </>
      )}
      {data?.enabled && (
        <>
          <Text>
            {t('security.section.on', { date: data.enabledAt ? formatRigaDateTime(data.enabledAt, i18n.language) : '' })}{' '}
            {t('security.section.codesLeft', { count: data.recoveryCodesRemaining })}
          </Text>
          {regenerate.data && <RecoveryCodesList codes={regenerate.data.recoveryCodes} />}
          {(disable.error || regenerate.error) && <ProblemAlert error={disable.error ?? regenerate.error} />}
          <Group>
            <Button variant="default" loading={regenerate.isPending} onClick={() => void reauth.run(() => regenerate.mutateAsync())}>
              {t('security.section.newCodes')}
            </Button>
            {!data.required && (
              <Button
                color="red"
                variant="outline"
                loading={disable.isPending}
                onClick={() =>
                  void reauth.run(async () => {
                    await disable.mutateAsync();
                    notifySuccess(t('security.section.turnedOff'));
                  })
                }
              >
                {t('security.section.turnOff')}
              </Button>
            )}
          </Group>
          {data.required && <Text size="sm">{t('security.section.requiredNote')}</Text>}
        </>
      )}
    </AccountSection>
  );
}
