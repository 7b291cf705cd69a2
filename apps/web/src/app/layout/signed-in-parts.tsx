import { lazy, Suspense, type ComponentProps } from 'react';

type Frame = typeof import('./signed-in-frame');

let frame: Frame | undefined;
let loading: Promise<Frame> | undefined;

/**
 * Fetches the signed-in parts of the frame. Called before a signed-in user is known to the app
 * (features/auth/auth.api.ts, with the texts), so they render at once, without suspending.
 */
export function loadSignedInFrame(): Promise<Frame> {
  loading ??= import('./signed-in-frame').then(
    (module) => (frame = module),
    (error: unknown) => {
      loading = undefined; // a later sign-in tries again
      throw error;
    },
  );
  return loading;
}

// Only if a part is shown before its code is there (not expected, see above).
const LazyUserMenu = lazy(() => loadSignedInFrame().then((parts) => ({ default: parts.UserMenu })));
const LazyWorkspaceNav = lazy(() => loadSignedInFrame().then((parts) => ({ default: parts.WorkspaceNav })));
const LazyNotificationBell = lazy(() => loadSignedInFrame().then((parts) => ({ default: parts.NotificationBell })));

export function UserMenu(props: ComponentProps<Frame['UserMenu']>) {
  if (frame) return <frame.UserMenu {...props} />;
  return (
    <Suspense fallback={null}>
      <LazyUserMenu {...props} />
    </Suspense>
  );
}

export function WorkspaceNav(props: ComponentProps<Frame['WorkspaceNav']>) {
  if (frame) return <frame.WorkspaceNav {...props} />;
  return (
    <Suspense fallback={null}>
      <LazyWorkspaceNav {...props} />
    </Suspense>
  );
}

export function NotificationBell() {
  if (frame) return <frame.NotificationBell />;
  return (
    <Suspense fallback={null}>
      <LazyNotificationBell />
    </Suspense>
  );
}
