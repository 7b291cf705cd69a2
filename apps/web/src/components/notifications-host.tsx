import { lazy, Suspense, useSyncExternalStore } from 'react';
import { notificationsRequested } from './notify';

const Notifications = lazy(() => notificationsRequested.load().then((module) => ({ default: module.Notifications })));

/** Where notifications show; mounted once the first one is asked for (components/notify.ts). */
export function NotificationsHost() {
  const requested = useSyncExternalStore(notificationsRequested.subscribe, notificationsRequested.get);
  if (!requested) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  );
}
