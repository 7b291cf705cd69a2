// Scenario 7: exports as CSV and XLSX, one at a time: the decision list (the ranked applications)
// and the coordinator's list of applications (every application of the call), of the BIG call
// (5,000 applications, ≈2,200 ranked) and of the EXPORT call (20,000, all ranked; 120 and 150 on
// the programme dataset). An export is a background job: POST on the list's export address (202),
// the worker writes the file to storage, the harness follows GET /api/exports/:id and downloads
// the file. Time from asking to the last byte, size, and the peak RSS of the worker (which writes)
// and the API (which only serves the finished file): memory must stay flat as the rows grow.
import { fetchCsrf, mintSessions } from '../lib/sessions.mjs';
import { nextForwardedFor } from '../lib/load.mjs';
import { memoryOf } from '../lib/processes.mjs';
import { EMAIL_DOMAIN } from '../data/scales.mjs';

/** Reads the download to its end, counting bytes and CSV records (no field of the dataset spans lines). */
async function download(url, headers) {
  const started = performance.now();
  const response = await fetch(url, { headers: { ...headers, 'x-forwarded-for': nextForwardedFor() } });
  let bytes = 0;
  let records = 0;
  let head = '';
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    bytes += chunk.byteLength;
    if (head.length < 4) head += decoder.decode(chunk.subarray(0, 4));
    for (const byte of chunk) if (byte === 0x0a) records++;
  }
  return { status: response.status, bytes, records, head, ms: performance.now() - started, contentType: response.headers.get('content-type') ?? '' };
}

/** Asks for the export, follows it until the worker has written it, then downloads it. */
async function exportFile(appUrl, url, headers, csrf) {
  const started = performance.now();
  const requested = await fetch(url, { method: 'POST', headers: { ...headers, cookie: `${headers.cookie}; ${csrf.cookie}`, 'x-csrf-token': csrf.token, 'x-forwarded-for': nextForwardedFor() } });
  if (requested.status !== 202) return { status: requested.status, bytes: 0, records: 0, head: '', ms: performance.now() - started, problem: await requested.text() };
  let job = await requested.json();
  while (job.status === 'queued' || job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const followed = await fetch(`${appUrl}/api/exports/${job.id}`, { headers: { ...headers, 'x-forwarded-for': nextForwardedFor() } });
    if (followed.status !== 200) return { status: followed.status, bytes: 0, records: 0, head: '', ms: performance.now() - started };
    job = await followed.json();
  }
  if (job.status !== 'ready') return { status: 500, bytes: 0, records: 0, head: '', ms: performance.now() - started, problem: `export ${job.status}` };
  const readyMs = performance.now() - started;
  const got = await download(`${appUrl}${job.downloadUrl}`, headers);
  return { ...got, readyMs, ms: performance.now() - started };
}

export async function exportsScenario(ctx) {
  const { rows: [coordinator] } = await ctx.db.query('SELECT id FROM "User" WHERE email = $1', [`coordinator-0@${EMAIL_DOMAIN}`]);
  const sessions = await mintSessions(ctx.db, [coordinator.id]);
  const headers = { cookie: sessions.get(coordinator.id) };
  const csrf = await fetchCsrf(ctx.appUrl);
  const rows = [];
  for (const callId of [ctx.data.bigCallId, ctx.data.exportCallId]) {
    const ranking = await fetch(`${ctx.appUrl}/api/calls/${callId}/ranking?page=1&pageSize=1`, { headers });
    if (ranking.status !== 200) throw new Error(`ranking of ${callId} answered ${ranking.status}`);
    const list = await fetch(`${ctx.appUrl}/api/calls/${callId}/applications?page=1&pageSize=1`, { headers });
    if (list.status !== 200) throw new Error(`applications of ${callId} answered ${list.status}`);
    const kinds = [
      { kind: 'decisions', path: `/api/calls/${callId}/exports/decisions`, total: (await ranking.json()).total },
      { kind: 'applications', path: `/api/calls/${callId}/applications/export`, total: (await list.json()).total },
    ];
    for (const { kind, path, total } of kinds) {
      for (const format of ['csv', 'xlsx']) {
        const before = Math.round(memoryOf(ctx.pids.api).rssMb);
        const workerBefore = Math.round(memoryOf(ctx.pids.worker).rssMb);
        const got = await ctx.measure(async () => exportFile(ctx.appUrl, `${ctx.appUrl}${path}?format=${format}`, headers, csrf));
        const problems = [];
        if (got.status !== 200) problems.push(`HTTP ${got.status}${got.problem ? `: ${got.problem}` : ''}`);
        // CSV: a header line and one line per application; XLSX: a zip ("PK").
        if (format === 'csv' && got.records !== total + 1) problems.push(`${got.records - 1} rows, expected ${total}`);
        if (format === 'xlsx' && !got.head.startsWith('PK')) problems.push('not an XLSX file');
        const ms = Math.round(got.ms);
        rows.push({
          scenario: `7 ${kind} ${format} ${total}`,
          target: 'app',
          connections: 1,
          requests: 1,
          rps: Math.round((total / (got.ms / 1000)) * 10) / 10,
          p50: ms,
          p95: ms,
          p99: ms,
          max: ms,
          errors: problems.length > 0 ? 1 : 0,
          non2xx: got.status === 200 ? 0 : 1,
          failureSamples: problems,
          rows: total,
          bytes: got.bytes,
          rssBeforeMb: before,
          workerRssBeforeMb: workerBefore,
          readyMs: Math.round(got.readyMs ?? got.ms),
          rss: got.rss,
          note: `${total} rows, ${(got.bytes / 1048576).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s (ready after ${((got.readyMs ?? got.ms) / 1000).toFixed(1)} s; req/s = rows/s); RSS before: API ${before} MB, worker ${workerBefore} MB`,
        });
      }
    }
  }
  return rows;
}
