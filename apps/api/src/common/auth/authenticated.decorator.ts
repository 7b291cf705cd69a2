import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { TPermission } from '@kopa/shared';

export const ACCESS_RULE = 'kopa:access-rule';

/** A route names one permission, or several when any one of them admits the caller (e.g. members or staff). */
export type AccessRule = { kind: 'public' } | { kind: 'permission'; permission: TPermission | readonly TPermission[] };

/** The route needs a signed-in user whose roles grant `permission`; also documents it in OpenAPI. */
export function Authenticated(options: { permission: TPermission | readonly TPermission[] }) {
  return applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'permission', permission: options.permission } satisfies AccessRule),
    ApiCookieAuth('kopa_session'),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Requires permission ${[options.permission].flat().join(' or ')}` }),
  );
}

/** Anyone may call the route; a signed-in user is still attached when there is one. */
export function Public() {
  return SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
}

export const SESSION_STAGE = 'kopa:session-stage';
export const RECENT_AUTH = 'kopa:recent-auth';

/**
 * Which unfinished sign-ins may still call the route: `secondFactorPending` (password given,
 * code not yet: only the second step, the session state and sign-out) and `totpEnrolment`
 * (a staff account without TOTP: only what enrolment needs). Every other route refuses both.
 */
export function AllowsUnfinishedSignIn(...stages: Array<'secondFactorPending' | 'totpEnrolment'>) {
  return SetMetadata(SESSION_STAGE, stages);
}

/**
 * The route is sensitive (disabling 2FA, personal-data export, erasure, role changes): the
 * session must have re-entered the password (and TOTP code) within REAUTH_WINDOW_MINUTES via
 * POST /api/auth/reauthenticate, else 403 /problems/reauthentication-required.
 */
export function RequiresRecentAuth() {
  return applyDecorators(
    SetMetadata(RECENT_AUTH, true),
    ApiForbiddenResponse({ description: 'Also needs a recent POST /api/auth/reauthenticate (problem type reauthentication-required)' }),
  );
}
