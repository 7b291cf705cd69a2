import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { totpRequiredFor } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { useLogout, useMe } from '../auth/auth.api';
import { AccountSection } from './account-section';
import { downloadPersonalData, useEraseAccount } from './personal-data.api';
import { isReauthProblem, useWithReauth } from './reauth-dialog';

/** "Download my data" and "Erase my account", each after confirming it is really the user. */
export function PersonalDataSection() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const reauth = useWithReauth();
  const erase = useEraseAccount();
  const logout = useLogout();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [confirmEmail, setConfirmEmail] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (!me) return null;
  const staff = totpRequiredFor(me.roles);

  const download = async () => {
    setDownloadError(null);
    setDownloading(true);
    try {
      await reauth.run(downloadPersonalData);
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(false);
    }
  };

  const eraseNow = () =>
    void reauth
      .run(async () => {
        await erase.mutateAsync({ confirmEmail });
        await logout.logOut('/');
      })
      .catch(() => undefined);

  return (
    <AccountSection id="personal-data" title={t('personalData.title')}>
      {reauth.dialog}
      <Stack gap="xs">
        <Text>{t('personalData.download.text')}</Text>
        {downloadError !== null && !isReauthProblem(downloadError) && <ProblemAlert error={downloadError} />}
        <Button variant="default" w="fit-content" loading={downloading} onClick={() => void download()}>
          {t('personalData.download.button')}
        </Button>
      </Stack>
      <Stack gap="xs">
        <Text fw={600}>{t('personalData.erase.heading')}</Text>
        <Text>{t('personalData.erase.text')}</Text>
        {staff ? (
          <Alert color="gray">{t('personalData.erase.staff')}</Alert>
        ) : !confirming ? (
          <Button color="red" variant="outline" w="fit-content" onClick={() => setConfirming(true)}>
            {t('personalData.erase.button')}
          </Button>
        ) : (
          <Stack gap="sm" maw={420}>
            {erase.error && !isReauthProblem(erase.error) && <ProblemAlert error={erase.error} />}
            <TextInput
              label={t('personalData.erase.confirmLabel', { email: me.email })}
              type="email"
              autoComplete="off"
              value={confirmEmail}
              onChange={(event) => setConfirmEmail(event.currentTarget.value)}
            />
            <Group>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('security.cancel')}
              </Button>
              <Button color="red" loading={erase.isPending} disabled={confirmEmail.trim().toLowerCase() !== me.email} onClick={eraseNow}>
                {t('personalData.erase.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </AccountSection>
  );
}
