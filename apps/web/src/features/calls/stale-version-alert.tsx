import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { ProblemAlert } from '../../components/problem-alert';
import type { StaleVersionRecovery } from './use-stale-version-recovery';

export function StaleVersionAlert({ recovery }: { recovery: StaleVersionRecovery }) {
  const { t } = useTranslation();
  if (recovery.step === 'none') return null;

  if (recovery.step === 'conflict') {
    return (
      <Notice color="orange" role="alert" title={t('callForm.stale.title')}>
        <Text size="sm" mb="sm">
          {t('callForm.stale.body')}
        </Text>
        <Group gap="sm">
          <Button size="sm" loading={recovery.loading} onClick={() => void recovery.loadLatest()}>
            {t('callForm.stale.loadLatest')}
          </Button>
        </Group>
        {recovery.loadError != null && <ProblemAlert error={recovery.loadError} />}
      </Notice>
    );
  }

  return (
    <Notice color="blue" role="status" title={t('callForm.stale.loadedTitle')}>
      <Text size="sm" mb="sm">
        {t('callForm.stale.loadedBody')}
      </Text>
      <Group gap="sm">
        <Button size="sm" onClick={recovery.restoreMine}>
          {t('callForm.stale.restoreMine')}
        </Button>
        <Button size="sm" variant="default" onClick={recovery.dismiss}>
          {t('callForm.stale.keepLatest')}
        </Button>
      </Group>
    </Notice>
  );
}
