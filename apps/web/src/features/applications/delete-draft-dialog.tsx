import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { useDeleteDraft } from './applications.api';

/** Deletes a draft with its files after asking; nothing was submitted, so no reason is needed. */
export function DeleteDraftDialog({ applicationId, onDeleted }: { applicationId: string; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteDraft(applicationId);

  return (
    <>
      <Button variant="outline" color="red.9" onClick={open}>
        {t('applications.deleteDraft.open')}
      </Button>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('applications.deleteDraft.title')}>
        <Stack>
          {remove.isError && <ProblemAlert error={remove.error} />}
          <Text>{t('applications.deleteDraft.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}>
              {t('applications.deleteDraft.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
