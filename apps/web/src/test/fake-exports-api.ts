import { CSRF_HEADER, type TTableExport } from '@kopa/shared';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';
import { prepareComponentTests } from './render';
import { resetCsrfToken } from '../lib/api-middleware';

/** The component tests' setup around a faked API, in Latvian: a fresh page, fetch and spies after each test. */
export function setUpFakeApiTests(): void {
  beforeAll(() => prepareComponentTests('lv'));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}

export const EXPORT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

/** A list export as the API answers it; queued unless told otherwise. */
export function tableExport(overrides: Partial<TTableExport> = {}): TTableExport {
  return {
    id: EXPORT_ID,
    kind: 'projects',
    format: 'csv',
    status: 'queued',
    fileName: null,
    sizeBytes: null,
    createdAt: '2027-03-01T08:00:00.000Z',
    finishedAt: null,
    expiresAt: null,
    downloadUrl: null,
    ...overrides,
  };
}

/** The export above, written: 1.5 kB, kept until 10:00 Riga time (winter, UTC+2) the next day. */
export function readyExport(overrides: Partial<TTableExport> = {}): TTableExport {
  return tableExport({
    status: 'ready',
    fileName: 'projekti.csv',
    sizeBytes: 1536,
    finishedAt: '2027-03-01T08:00:03.000Z',
    expiresAt: '2027-03-02T08:00:03.000Z',
    downloadUrl: `/api/exports/${EXPORT_ID}/file`,
    ...overrides,
  });
}

export interface SentRequest {
  method: string;
  /** Path and query string, e.g. `/api/calls/c1/projects/export?format=csv`. */
  url: string;
  csrf: string | null;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' } });

export const problem = (type: string, status: number) => json({ type, title: 'Translated title', status }, status);

/**
 * A fake API behind the global fetch: the CSRF token, then `answer` for every other request, by
 * method and path with query (`undefined` = an empty list page, which is what the pages around
 * the buttons read). Returns what was sent, in order, without the token fetches.
 */
export function fakeApi(answer: (method: string, url: string) => Response | unknown | undefined): SentRequest[] {
  resetCsrfToken();
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string) => {
      const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost')) : input;
      const url = new URL(request.url);
      if (url.pathname === '/api/auth/csrf') return json({ token: 'csrf-token' });
      const path = url.pathname + url.search;
      sent.push({ method: request.method, url: path, csrf: request.headers.get(CSRF_HEADER) });
      const answered = answer(request.method, path);
      if (answered instanceof Response) return answered;
      if (answered !== undefined) return json(answered, request.method === 'POST' ? 202 : 200);
      return json({ items: [], total: 0, page: 1, pageSize: 25 });
    }),
  );
  return sent;
}

/** Answers each GET of the export with the next of `reads` (the last one again once they run out). */
export function exportReads(...reads: (TTableExport | Response)[]): () => TTableExport | Response {
  let next = 0;
  return () => {
    const read = reads[Math.min(next, reads.length - 1)]!;
    next += 1;
    return read instanceof Response ? read.clone() : read;
  };
}

/** The anchors the page clicked to start a download (the download itself is the browser's). */
export function spyOnDownloads(): string[] {
  const started: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    started.push(this.getAttribute('href') ?? '');
  });
  return started;
}
