export const SESSION_COOKIE = 'kopa_session';
export const CSRF_COOKIE = 'kopa_csrf';

/** The Passport strategy (modules/auth/session.strategy.ts) that turns the session cookie into the principal. */
export const SESSION_STRATEGY = 'session';
