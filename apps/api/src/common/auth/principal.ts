import type { TLocale, TRole } from '@kopa/shared';

/** The signed-in user as every service sees it; attached to the request by the session strategy. */
export interface Principal {
  id: string;
  email: string;
  displayName: string;
  roles: TRole[];
  locale: TLocale;
  sessionId: string;
}
