import { createFetchClient, createUrlFetcher } from './api-fetch';
import { apiMiddleware } from './api-middleware';
import type { paths } from './generated/api-schema';

export type { components, paths } from './generated/api-schema';

/**
 * A client typed by the API's OpenAPI document (`pnpm api:client` regenerates the types; see
 * docs/api-client.md). A call resolves only on success: the middleware throws every failure as
 * an `ApiProblem`.
 */
export function createApiClient(baseUrl: string) {
  return createFetchClient<paths>(baseUrl, apiMiddleware);
}

/** The app's client; the API serves the web app, so it is on the page's own origin. */
export const client = createApiClient(globalThis.location?.origin ?? '');

const fetchUrl = createUrlFetcher(globalThis.location?.origin ?? '', apiMiddleware);

/**
 * A call to a whole, already encoded address the web builds itself (a list export of exactly the
 * page's filters, e.g. `callProjectsExportUrl`), with the client's middleware: language, CSRF
 * token on a POST, failures thrown as `ApiProblem`. Resolves with the parsed JSON body, which the
 * caller checks with the shared schema (`ZTableExport.parse(...)`); prefer `client` for a path
 * the OpenAPI document names.
 */
export function requestUrl(method: 'GET' | 'POST', url: string, signal?: AbortSignal): Promise<unknown> {
  return unwrap(fetchUrl(method, url, signal));
}

/** The query parameters a GET path takes, e.g. `QueryOf<'/api/calls/{callId}/ranking'>`, for hooks that pass them through. */
export type QueryOf<Path extends keyof paths> = paths[Path] extends { get: { parameters: { query?: infer Query } } } ? NonNullable<Query> : never;

/** The `data` of the success member of openapi-fetch's `{ data } | { error }` result. */
type SuccessData<Result> = Result extends { data: infer Data; error?: never } ? Data : never;

/** The body of a successful call: `unwrap(client.GET('/api/events/{id}', { params: { path: { id } }, signal }))`. */
export async function unwrap<Result extends { data?: unknown; error?: unknown }>(call: Promise<Result>): Promise<SuccessData<Result>> {
  const result = await call;
  // Unreachable with the middleware, which throws the ApiProblem first.
  if (result.error !== undefined) throw result.error;
  return result.data as SuccessData<Result>;
}
