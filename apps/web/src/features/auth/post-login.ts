import type { TMeResponse } from '@kopa/shared';
import { homePathFor } from '../workspace/workspace-nav-items';
import { safeNextPath } from '../../lib/safe-redirect';

/** Where a user lands after signing in: staff without TOTP set it up first; everyone else lands on their own home. */
export function landingAfterLogin(me: TMeResponse, next: string | null): string {
  if (me.totpEnrolmentRequired) return '/account/two-factor';
  return safeNextPath(next, homePathFor(me.roles));
}
