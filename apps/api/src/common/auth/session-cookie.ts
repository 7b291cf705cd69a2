export const SESSION_COOKIE = 'kopa_session';
export const CSRF_COOKIE = 'kopa_csrf';
