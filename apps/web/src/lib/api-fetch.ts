import type { Client } from 'openapi-fetch';

/**
 * The calls of openapi-fetch's client, typed by openapi-fetch itself: a path of the OpenAPI
 * document, its `params` (`path`, `query`), its `body`, and `{ data, error, response }` back.
 */
export type FetchClient<Paths extends object> = Pick<Client<Paths, 'application/json'>, 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE'>;

interface CallInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown> };
  body?: unknown;
  signal?: AbortSignal | null;
}

/** openapi-fetch's middleware callbacks, with what they are given here. */
export interface FetchMiddleware {
  onRequest?(call: { request: Request }): Promise<Request | undefined> | Request | undefined;
  onResponse?(call: { request: Request; response: Response }): Promise<Response | undefined> | Response | undefined;
  onError?(call: { request: Request; error: unknown }): Error | undefined;
}

/** Query parameters in OpenAPI's default form style: arrays repeat the name; absent and empty values are left out. */
function queryString(query: Record<string, unknown> = {}): string {
  const pairs = Object.entries(query).flatMap(([name, value]) => [value].flat().filter((item) => item != null && item !== '').map((item) => `${name}=${encodeURIComponent(String(item))}`));
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * One call: the path (with `{placeholders}` filled from `params.path`) and the query in form
 * style, through the middleware; `{ data }` on success, `{ error }` (the body text) otherwise.
 */
async function send(baseUrl: string, middleware: FetchMiddleware, method: string, path: string, { params = {}, body, signal }: CallInit = {}) {
  const url = baseUrl + path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params.path?.[name]))) + queryString(params.query);
  const json = body !== undefined;
  // Only with a body: Fastify rejects an empty body that claims to be JSON.
  let request = new Request(url, { method, credentials: 'include', signal, headers: json ? { 'Content-Type': 'application/json' } : {}, body: json ? JSON.stringify(body) : undefined });
  request = (await middleware.onRequest?.({ request })) ?? request;
  let response: Response;
  try {
    // Looked up per call, so tests can stub the global fetch after this module loads.
    response = await globalThis.fetch(request);
  } catch (error) {
    throw middleware.onError?.({ request, error }) ?? error;
  }
  response = (await middleware.onResponse?.({ request, response })) ?? response;
  const text = response.status === 204 ? '' : await response.text();
  return response.ok ? { data: text ? (JSON.parse(text) as unknown) : undefined, response } : { error: text, response };
}

/**
 * The runtime of openapi-fetch's client contract, cut to what this API uses (JSON bodies, path
 * and form-style query parameters): the package's own (2.6 KB gzip, serializers for every OpenAPI
 * parameter style) does not fit the public pages' 200 KB budget, /login being 0.2 KB under it.
 */
export function createFetchClient<Paths extends object>(baseUrl: string, middleware: FetchMiddleware): FetchClient<Paths> {
  const methods = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'].map((method) => [method, (path: string, init?: CallInit) => send(baseUrl, middleware, method, path, init)]);
  // One runtime for every path; the precise per-path types are openapi-fetch's.
  return Object.fromEntries(methods) as FetchClient<Paths>;
}

/**
 * The same runtime for a whole address (path and query string) that the web builds itself
 * rather than one named in the OpenAPI document; the answer is `unknown` until the caller
 * parses it (with the shared zod schema).
 */
export function createUrlFetcher(baseUrl: string, middleware: FetchMiddleware) {
  return (method: 'GET' | 'POST', url: string, signal?: AbortSignal) => send(baseUrl, middleware, method, url, { signal });
}
