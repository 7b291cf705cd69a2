import type { TTableExport } from '@kopa/shared';
import { useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { startTableExport, tableExportKey, useTableExports } from './table-exports.api';

/** What one export button has started: nothing yet, the POST on its way, an export, or a refusal. */
interface Run {
  id: string | null;
  error: unknown;
}

/** What the page shows of one export. */
export type TableExportView =
  | { state: 'preparing' }
  | { state: 'ready'; record: TTableExport }
  | { state: 'expired'; record: TTableExport }
  | { state: 'failed'; record: TTableExport }
  | { state: 'error'; error: unknown };

/** A run and the latest read of its export, as the page shows it. */
export function viewOf(run: Run, result: Pick<UseQueryResult<TTableExport>, 'data' | 'error'> | undefined): TableExportView {
  if (run.error) return { state: 'error', error: run.error };
  const record = result?.data;
  if (result?.error) return { state: 'error', error: result.error };
  if (!record || record.status === 'queued' || record.status === 'running') return { state: 'preparing' };
  return { state: record.status, record };
}

/**
 * Starts a same-origin download: the API answers the file with `Content-Disposition: attachment`,
 * so the browser saves it and the page stays.
 */
export function startDownload(url: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = '';
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

/**
 * The exports started from one group of buttons, by button: `start` asks for one, each is polled
 * until the worker is done, and a file that becomes ready is downloaded once, automatically.
 */
export function useTableExportRuns() {
  const queryClient = useQueryClient();
  const [runs, setRuns] = useState<ReadonlyMap<string, Run>>(new Map());
  const put = useCallback((key: string, run: Run) => setRuns((previous) => new Map(previous).set(key, run)), []);

  const start = useCallback(
    async (key: string, url: string) => {
      put(key, { id: null, error: null });
      try {
        const record = await startTableExport(url);
        // The answer is the first read: polling goes on from it.
        queryClient.setQueryData(tableExportKey(record.id), record);
        put(key, { id: record.id, error: null });
      } catch (error) {
        put(key, { id: null, error });
      }
    },
    [put, queryClient],
  );

  const ids = [...runs.values()].flatMap((run) => (run.id ? [run.id] : []));
  const results = useTableExports(ids);
  const resultOf = new Map(ids.map((id, index) => [id, results[index]]));
  const views = new Map([...runs].map(([key, run]) => [key, viewOf(run, run.id ? resultOf.get(run.id) : undefined)]));

  // Each file once, however often the page renders while it downloads (and under StrictMode's double effects).
  const downloaded = useRef(new Set<string>());
  useEffect(() => {
    for (const { data } of results) {
      if (data?.status !== 'ready' || !data.downloadUrl || downloaded.current.has(data.id)) continue;
      downloaded.current.add(data.id);
      startDownload(data.downloadUrl);
    }
  });

  return { views, start };
}
