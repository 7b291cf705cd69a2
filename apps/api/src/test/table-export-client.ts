import type { TTableExport } from '@kopa/shared';
import { SESSION_COOKIE } from '../common/auth/session-cookie';
import type { TestContext } from './test-app';
import type { TestClient } from './test-client';

export interface ExportedFile {
  /** The request's status (202 when accepted), or the download's once the file was ready. */
  status: number;
  headers: Record<string, unknown>;
  body: Buffer;
  /** The export record (or the problem, when the request was refused). */
  job: TTableExport;
}

/** Follows an export until the worker has finished it (ready, failed or gone). */
export async function waitForExport(client: TestClient, id: string, timeoutMs = 20_000): Promise<TTableExport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await client.get<TTableExport>(`/api/exports/${id}`);
    if (status !== 200) throw new Error(`GET /api/exports/${id} answered ${status}`);
    if (body.status !== 'queued' && body.status !== 'running') return body;
    if (Date.now() > deadline) throw new Error(`export ${id} still ${body.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The file as the raw bytes the browser downloads. */
export async function downloadExport(ctx: TestContext, client: TestClient, id: string) {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/exports/${id}/file`, headers: { cookie: `${SESSION_COOKIE}=${client.cookie(SESSION_COOKIE)}` } });
  return { status: response.statusCode, headers: response.headers as Record<string, unknown>, body: response.rawPayload };
}

/**
 * What a user gets for "download this list": asks for the export (POST on the list's export
 * address), waits for the worker (one must be running) and downloads the file.
 */
export async function exportTable(ctx: TestContext, client: TestClient, url: string): Promise<ExportedFile> {
  const requested = await client.post<TTableExport>(url);
  if (requested.status !== 202) return { status: requested.status, headers: requested.headers, body: Buffer.from(JSON.stringify(requested.body)), job: requested.body };
  const job = await waitForExport(client, requested.body.id);
  if (job.status !== 'ready') return { status: 500, headers: {}, body: Buffer.alloc(0), job };
  return { ...(await downloadExport(ctx, client, job.id)), job };
}
