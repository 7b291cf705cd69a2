import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Blocker } from 'react-router';

/** Asked when leaving inside the app with edits the server has not confirmed yet. */
export function LeaveGuardModal({ blocker }: { blocker: Blocker }) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('applications.leave.title')}
    >
      <Stack>
        <Text>{t('applications.leave.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('applications.leave.stay')}
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            {t('applications.leave.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
