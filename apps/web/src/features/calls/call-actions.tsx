import { Button, Group, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { allowedCallActions, type TCallResponse } from '@kopa/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notifySuccess } from '../../components/notify';
import {
  SUPPORTED_CALL_ACTIONS,
  useCallTransition,
  useCloneCall,
  type SupportedCallAction,
} from './calls.api';

interface CallActionsProps {
  call: TCallResponse;
  /** Unsaved edits: a transition would act on the saved version, not on what is shown. */
  hasUnsavedChanges: boolean;
  onTransitioned: (call: TCallResponse) => void;
  onError: (error: unknown) => void;
}

/** The workflow buttons the call's status allows (CALL_TRANSITIONS decides), plus clone. */
export function CallActions({ call, hasUnsavedChanges, onTransitioned, onError }: CallActionsProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const transition = useCallTransition(call.id);
  const clone = useCloneCall(call.id);
  const [confirmingClose, closeConfirm] = useDisclosure(false);
  const actions = allowedCallActions(call.status).filter((action): action is SupportedCallAction =>
    (SUPPORTED_CALL_ACTIONS as readonly string[]).includes(action),
  );

  const run = (action: SupportedCallAction) => {
    closeConfirm.close();
    transition.mutate(
      { action, version: call.version },
      {
        onSuccess: (updated) => {
          notifySuccess(t(`manageCalls.actionDone.${action}`));
          onTransitioned(updated);
        },
        onError,
      },
    );
  };

  const cloneCall = () =>
    clone.mutate(undefined, {
      onSuccess: (copy) => {
        notifySuccess(t('manageCalls.cloned'));
        void navigate(`/manage/calls/${copy.id}`);
      },
      onError,
    });

  return (
    <Group gap="sm">
      {actions.includes('publish') && (
        <Button
          color="teal.9"
          disabled={hasUnsavedChanges}
          loading={transition.isPending && transition.variables?.action === 'publish'}
          onClick={() => run('publish')}
        >
          {t('manageCalls.actions.publish')}
        </Button>
      )}
      {actions.includes('close') && (
        <Button color="red.9" disabled={hasUnsavedChanges} onClick={closeConfirm.open}>
          {t('manageCalls.actions.close')}
        </Button>
      )}
      <Button variant="default" loading={clone.isPending} onClick={cloneCall}>
        {t('manageCalls.actions.clone')}
      </Button>
      {hasUnsavedChanges && actions.length > 0 && (
        <Text size="sm">{t('manageCalls.saveBeforeTransition')}</Text>
      )}
      <Modal
        opened={confirmingClose}
        onClose={closeConfirm.close}
        title={t('manageCalls.confirmClose.title')}
      >
        <Text mb="md">{t('manageCalls.confirmClose.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={closeConfirm.close}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={transition.isPending} onClick={() => run('close')}>
            {t('manageCalls.confirmClose.confirm')}
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
