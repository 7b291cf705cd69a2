import { client } from './api-client';

export { getCsrfToken, resetCsrfToken, setApiLanguageSource } from './api-middleware';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions {
  method?: HttpMethod;
  body?: unknown;
  signal?: AbortSignal;
}

/** The typed client seen without its types, for callers not yet converted. */
type UntypedCall = (path: string, init: { body?: unknown; signal?: AbortSignal }) => Promise<{ data?: unknown }>;

/**
 * @deprecated Use `client` and `unwrap` from `./api-client` (see docs/api-client.md): they take
 * the path and body types from the OpenAPI document. Kept for `*.api.ts` code not yet converted;
 * it goes through the same client and middleware, so errors are the same `ApiProblem`s.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const call = client[options.method ?? 'GET'] as unknown as UntypedCall;
  const { data } = await call(path, { body: options.body, signal: options.signal });
  return data as T;
}

/** @deprecated See `apiRequest`. */
export const api = {
  get: <T>(path: string, signal?: AbortSignal) => apiRequest<T>(path, { signal }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>(path, { method: 'POST', body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T = void>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
