import { CSRF_HEADER, PROBLEM_TYPES, type TCsrfResponse } from '@kopa/shared';
import { isApiProblem, networkProblem, problemFromResponse } from './api-problem';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
}

/** The UI language is owned by i18n; the client only asks for it (keeps this module testable). */
let languageSource: () => string = () => 'lv';
export function setApiLanguageSource(source: () => string): void {
  languageSource = source;
}

// One token per page load, shared by all writes; refreshed once when the server rejects it.
let csrfToken: Promise<string> | null = null;

function fetchCsrfToken(): Promise<string> {
  const pending = send<TCsrfResponse>('/api/auth/csrf', { method: 'GET' }, null).then(
    (body) => body.token,
  );
  // A failed fetch must not be cached, or every later write would fail too.
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = null;
  });
  return pending;
}

function csrfTokenFor(refresh: boolean): Promise<string> {
  if (refresh || !csrfToken) csrfToken = fetchCsrfToken();
  return csrfToken;
}

/** The shared CSRF token, for requests that cannot go through `apiRequest` (XHR uploads with progress). */
export function getCsrfToken(refresh = false): Promise<string> {
  return csrfTokenFor(refresh);
}

/** Forgets the cached token, e.g. after logout when the server may have rotated it. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  if (method === 'GET') return send<T>(path, options, null);

  try {
    return await send<T>(path, options, await csrfTokenFor(false));
  } catch (error) {
    if (!isApiProblem(error) || !error.is(PROBLEM_TYPES.csrf)) throw error;
    return send<T>(path, options, await csrfTokenFor(true));
  }
}

async function send<T>(path: string, options: ApiRequestOptions, csrf: string | null): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': languageSource(),
  };
  // Only with a body: Fastify rejects an empty body that claims to be JSON.
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrf) headers[CSRF_HEADER] = csrf;

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw networkProblem(cause);
  }

  if (!response.ok) throw await problemFromResponse(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
