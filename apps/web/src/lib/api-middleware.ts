import { CSRF_HEADER, PROBLEM_TYPES, type TCsrfResponse } from '@kopa/shared';
import type { FetchMiddleware } from './api-fetch';
import { networkProblem, problemFromResponse } from './api-problem';

/** The UI language is owned by i18n; the client only asks for it (keeps this module testable). */
let languageSource: () => string = () => 'lv';
export function setApiLanguageSource(source: () => string): void {
  languageSource = source;
}

/** Sends the request; a connection that fails becomes a network problem, an abort stays an AbortError. */
async function send(request: Request | string, init?: RequestInit): Promise<Response> {
  try {
    return await globalThis.fetch(request, init);
  } catch (cause) {
    throw cause instanceof DOMException && cause.name === 'AbortError' ? cause : networkProblem(cause);
  }
}

// One token per page load, shared by all writes; refreshed once when the server rejects it.
let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const response = await send('/api/auth/csrf', { headers: { Accept: 'application/json', 'Accept-Language': languageSource() }, credentials: 'include' });
  if (!response.ok) throw await problemFromResponse(response);
  return ((await response.json()) as TCsrfResponse).token;
}

/** The shared CSRF token, also for requests that cannot go through the client (XHR uploads with progress). */
export function getCsrfToken(refresh = false): Promise<string> {
  if (refresh || !csrfToken) {
    const pending = (csrfToken = fetchCsrfToken());
    // A failed fetch must not be cached, or every later write would fail too.
    pending.catch(() => {
      if (csrfToken === pending) csrfToken = null;
    });
  }
  return csrfToken;
}

/** Forgets the cached token, e.g. after logout when the server may have rotated it. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

/** Unsent copies of writes, to repeat one once with a fresh CSRF token; dropped with their request. */
const unsentWrites = new WeakMap<Request, Request>();

/**
 * What every API call needs: the UI language, the CSRF token on writes (refreshed and the write
 * repeated once when the server rejects it), and every failure thrown as an `ApiProblem`, so a
 * call rejects exactly as the former `apiRequest` did: problem+json answers keep their type,
 * title and field errors; a failed connection is a network problem; an abort stays an AbortError.
 */
export const apiMiddleware: FetchMiddleware = {
  async onRequest({ request }) {
    request.headers.set('Accept', 'application/json, application/problem+json');
    request.headers.set('Accept-Language', languageSource());
    if (request.method === 'GET') return undefined;
    request.headers.set(CSRF_HEADER, await getCsrfToken());
    unsentWrites.set(request, request.clone());
    return request;
  },

  async onResponse({ request, response }) {
    if (response.ok) return undefined;
    const unsent = unsentWrites.get(request);
    const problem = await problemFromResponse(response);
    if (!unsent || !problem.is(PROBLEM_TYPES.csrf)) throw problem;
    unsent.headers.set(CSRF_HEADER, await getCsrfToken(true));
    const retried = await send(unsent);
    if (!retried.ok) throw await problemFromResponse(retried);
    return retried;
  },

  onError({ error }) {
    return error instanceof DOMException && error.name === 'AbortError' ? undefined : networkProblem(error);
  },
};
