import { lazy } from 'react';

let frame: Promise<typeof import('./signed-in-frame')> | undefined;

/**
 * Fetches the signed-in parts of the frame. Called before a signed-in user is known to the app
 * (features/auth/auth.api.ts, with the texts), so they are there when the frame first shows them.
 */
export function loadSignedInFrame(): Promise<typeof import('./signed-in-frame')> {
  frame ??= import('./signed-in-frame').catch((error: unknown) => {
    frame = undefined; // a later sign-in tries again
    throw error;
  });
  return frame;
}

export const UserMenu = lazy(() => loadSignedInFrame().then((parts) => ({ default: parts.UserMenu })));
export const WorkspaceNav = lazy(() => loadSignedInFrame().then((parts) => ({ default: parts.WorkspaceNav })));
export const NotificationBell = lazy(() => loadSignedInFrame().then((parts) => ({ default: parts.NotificationBell })));
