import type { TLocale, TRole } from '@kopa/shared';

/** The signed-in user as every service sees it; attached to the request by the session strategy. */
export interface Principal {
  id: string;
  email: string;
  displayName: string;
  roles: TRole[];
  locale: TLocale;
  sessionId: string;
  /** The password was accepted but the TOTP code not yet: the session admits only the second step. */
  secondFactorPending: boolean;
  totpEnabled: boolean;
  /** When the password (and code) were last entered again in this session. */
  reauthenticatedAt: Date | null;
}
