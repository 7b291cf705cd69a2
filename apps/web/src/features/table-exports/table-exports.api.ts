import { ZTableExport, type TTableExport, type TTableExportStatus } from '@kopa/shared';
import { queryOptions, useQueries } from '@tanstack/react-query';
import { requestUrl } from '../../lib/api-client';

/** How often a started export is re-read while the worker writes it. */
export const TABLE_EXPORT_POLL_MS = 1_000;

export const tableExportKey = (id: string) => ['table-exports', id] as const;

export const isInProgress = (status: TTableExportStatus): boolean => status === 'queued' || status === 'running';

/**
 * Asks for a list export: POST (no body) on the list's export address, which the feature's helper
 * builds with exactly the list's filters (e.g. `callProjectsExportUrl`). The API answers 202 with
 * the queued export; 429 while the user already has EXPORTS_IN_PROGRESS_PER_USER waiting or running.
 */
export async function startTableExport(url: string): Promise<TTableExport> {
  return ZTableExport.parse(await requestUrl('POST', url));
}

/** One started export, re-read about once a second until the worker has finished (or failed) it. */
export const tableExportQuery = (id: string) =>
  queryOptions({
    queryKey: tableExportKey(id),
    queryFn: async ({ signal }) => ZTableExport.parse(await requestUrl('GET', `/api/exports/${encodeURIComponent(id)}`, signal)),
    // A failed read stops the polling: the error is shown and the button offers a new export.
    refetchInterval: (query) => (query.state.status !== 'error' && query.state.data && isInProgress(query.state.data.status) ? TABLE_EXPORT_POLL_MS : false),
  });

export function useTableExports(ids: readonly string[]) {
  return useQueries({ queries: ids.map(tableExportQuery) });
}
