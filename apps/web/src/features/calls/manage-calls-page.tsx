import { Button, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { CALL_STATUSES, type TCallStatus } from '@kopa/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../lib/use-page-title';
import { ManagedCallsTable } from './managed-calls-table';

export function ManageCallsPage() {
  const { t } = useTranslation();
  usePageTitle(t('manageCalls.title'));
  const [status, setStatus] = useState<TCallStatus | ''>('');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t('manageCalls.title')}</Title>
        <Button component={Link} to="/manage/calls/new">
          {t('manageCalls.new')}
        </Button>
      </Group>
      <NativeSelect
        label={t('manageCalls.statusFilter')}
        maw={260}
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as TCallStatus | '')}
        data={[
          { value: '', label: t('manageCalls.allStatuses') },
          ...CALL_STATUSES.map((value) => ({ value, label: t(`callStatus.${value}`) })),
        ]}
      />
      <ManagedCallsTable status={status || undefined} />
    </Stack>
  );
}
