import { hasPermission, type TMeResponse } from '@kopa/shared';
import { safeNextPath } from '../../lib/safe-redirect';

/** Where a user lands after signing in: staff without TOTP set it up first; applicants see their dashboard. */
export function landingAfterLogin(me: TMeResponse, next: string | null): string {
  if (me.totpEnrolmentRequired) return '/account/two-factor';
  const landing = hasPermission(me.roles, 'applications:apply')
    ? '/dashboard'
    : hasPermission(me.roles, 'reviews:work')
      ? '/reviews' // reviewers land on their workspace
      : '/';
  return safeNextPath(next, landing);
}
