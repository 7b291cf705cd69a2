// Without zod: every page's API client needs the header name, not the auth schemas.
/** Name of the header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';
