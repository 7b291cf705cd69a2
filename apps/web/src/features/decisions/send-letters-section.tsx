import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { TRankedListResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/problem-alert';
import { useSendLetters } from './decisions.api';

/** "Send letters" with a confirmation: decisions become final and the call is decided. */
export function SendLettersSection({ callId, ranking }: { callId: string; ranking: TRankedListResponse }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const send = useSendLetters(callId);
  const ready = ranking.call.status === 'closed' && ranking.undecidedCount === 0 && ranking.unsentLetterCount > 0;
  return (
    <Stack component="section" aria-labelledby="send-heading" gap="sm">
      <Title order={2} size="h4" id="send-heading">
        {t('decisions.letters.send')}
      </Title>
      {!ready && ranking.call.status !== 'decided' && <Text>{t('decisions.letters.waiting')}</Text>}
      {send.isError && <ProblemAlert error={send.error} />}
      {send.data && (
        <Notice color="green" role="status">
          {t('decisions.letters.sent', { count: send.data.queued })}
        </Notice>
      )}
      <Group>
        <Button disabled={!ready} onClick={open}>
          {t('decisions.letters.send')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common.close') }} title={t('decisions.letters.sendTitle')}>
        <Stack>
          <Text>{t('decisions.letters.sendBody', { count: ranking.unsentLetterCount })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              loading={send.isPending}
              onClick={() =>
                send.mutate(undefined, {
                  onSuccess: (result) => {
                    notifySuccess(t('decisions.letters.sent', { count: result.queued }));
                    close();
                  },
                  onError: close,
                })
              }
            >
              {t('decisions.letters.sendConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
