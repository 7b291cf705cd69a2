import i18n from '../i18n/i18n';

type NotificationsModule = typeof import('@mantine/notifications');

let module: Promise<NotificationsModule> | undefined;
let requested = false;
const listeners = new Set<() => void>();

/**
 * Mantine's notifications arrive with the first one shown, not with every page: most visits
 * show none. `NotificationsHost` (providers) mounts their container from then on.
 */
function loadNotifications(): Promise<NotificationsModule> {
  module ??= import('@mantine/notifications').catch((error: unknown) => {
    module = undefined;
    throw error;
  });
  if (!requested) {
    requested = true;
    for (const listener of listeners) listener();
  }
  return module;
}

/** For NotificationsHost: whether anything asked for a notification yet. */
export const notificationsRequested = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): boolean => requested,
  load: loadNotifications,
};

/** A short confirmation after a write; the close button is named in the UI language. */
export function notifySuccess(message: string): void {
  void loadNotifications().then(({ notifications }) =>
    notifications.show({
      color: 'green',
      message,
      closeButtonProps: { 'aria-label': i18n.t('common.close') },
    }),
  );
}
