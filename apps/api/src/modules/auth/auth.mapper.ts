import { totpRequiredFor, type TLocale, type TMeResponse, type TRole, type TSessionResponse } from '@kopa/shared';
import type { Session, User } from '../../generated/prisma/client';

export function toMeResponse(user: User): TMeResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles as TRole[],
    locale: user.locale as TLocale,
    emailVerified: user.emailVerifiedAt !== null,
    totpEnabled: user.totpEnabledAt !== null,
    totpEnrolmentRequired: user.totpEnabledAt === null && totpRequiredFor(user.roles as TRole[]),
  };
}

export function toSessionResponse(session: Session, currentSessionId: string): TSessionResponse {
  return {
    id: session.id,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
    userAgent: session.userAgent,
    ipAddress: session.ipAddress,
    current: session.id === currentSessionId,
  };
}

/** What the audit log may keep of a user: never the password hash, lockout internals or the e-mail address. */
export function userAuditSnapshot(user: User) {
  return {
    id: user.id,
    displayName: user.displayName,
    locale: user.locale,
    roles: user.roles,
    emailVerifiedAt: user.emailVerifiedAt,
  };
}
