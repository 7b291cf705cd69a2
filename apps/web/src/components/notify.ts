import { notifications } from '@mantine/notifications';
import i18n from '../i18n/i18n';

/** A short confirmation after a write; the close button is named in the UI language. */
export function notifySuccess(message: string): void {
  notifications.show({
    color: 'green',
    message,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
