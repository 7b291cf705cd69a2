import type { ReactNode } from 'react';

/**
 * Where the notification bell goes in the header, between the language and the user menu.
 * The inbox (features/notifications/notification-bell.tsx) is built on its own branch; at
 * merge, pass `<NotificationBell />` as the child in app-header.tsx. Empty, it takes no space.
 */
export function HeaderNotificationsSlot({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return <div data-slot="notifications">{children}</div>;
}
