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
