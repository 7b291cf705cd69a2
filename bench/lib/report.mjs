// The one table `pnpm bench` prints, and the JSON it keeps under bench/results/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR, ROOT } from './paths.mjs';

const COLUMNS = [
  ['scenario', 24], ['target', 6], ['conn', 5], ['req/s', 8], ['p50 ms', 8], ['p95 ms', 8], ['p99 ms', 8], ['errors', 7], ['vs floor', 8], ['CPU ms/req', 10], ['CPU vs floor', 12], ['PG trips/req', 12], ['API MB', 7], ['worker MB', 9], ['note', 0],
];

/**
 * Adds each row's CPU ms per request, and to the app rows of scenarios that have a floor the
 * throughput ratio (app/floor requests/s) and the CPU ratio (floor/app CPU ms per request: the
 * share of the floor's efficiency, which a busy machine disturbs far less than requests/s).
 */
export function withFloorRatios(rows) {
  const ratio = (a, b) => (a === undefined || !b ? undefined : Math.round((a / b) * 100) / 100);
  const withCpu = rows.map((row) => ({ ...row, cpuMsPerRequest: cpuPerRequest(row), pgTripsPerRequest: tripsPerRequest(row) }));
  return withCpu.map((row) => {
    if (row.target !== 'app') return row;
    const floor = withCpu.find((other) => other.scenario === row.scenario && other.target === 'floor');
    return floor ? { ...row, floorRatio: ratio(row.rps, floor.rps), floorCpuRatio: ratio(floor.cpuMsPerRequest, row.cpuMsPerRequest) } : row;
  });
}

/** CPU ms the serving process (the API, or the floor for floor rows) used per answered request. */
export function cpuPerRequest(row) {
  const ms = row.cpuMs?.[row.target === 'floor' ? 'floor' : 'api'];
  return ms === undefined || !row.requests ? undefined : Math.round((ms / row.requests) * 100) / 100;
}

/** PostgreSQL round trips per answered request (only with --round-trips). */
export function tripsPerRequest(row) {
  const trips = row.pgRoundTrips?.[row.target === 'floor' ? 'floor' : 'api'];
  return trips === undefined || !row.requests ? undefined : Math.round((trips / row.requests) * 100) / 100;
}

export function formatTable(rows) {
  const line = (cells) => cells.map((cell, i) => (COLUMNS[i][1] ? String(cell).padEnd(COLUMNS[i][1]) : String(cell))).join(' ').trimEnd();
  const out = [line(COLUMNS.map(([name]) => name)), line(COLUMNS.map(([, w]) => '-'.repeat(w || 4)))];
  for (const r of rows) {
    const surge = r.verification ? ` ${r.verification.ok ? 'verified' : 'VERIFY FAILED'}: ${r.verification.stored}/${r.verification.expected} stored, ${r.verification.deliveredOnce} mailed once` : '';
    out.push(line([r.scenario, r.target, r.connections, r.rps, r.p50, r.p95, r.p99, r.errors, r.floorRatio ?? '', r.cpuMsPerRequest ?? '', r.floorCpuRatio ?? '', r.pgTripsPerRequest ?? '', r.target === 'floor' ? '' : r.rss.api, r.target === 'floor' ? '' : r.rss.worker, `${r.note ?? ''}${surge}`.trim()]));
  }
  return out.join('\n');
}

function commit() {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench/results'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha}+dirty` : sha;
  } catch {
    return 'unknown';
  }
}

/** Real runs go to bench/results/ (committed); smoke runs to `dir` (a temporary folder). */
export function writeResult({ scale, smoke, duration, roundTrips = false, nodeArgs = [], workerNodeArgs = [], apiExtraNodeArgs = [], rows, peaks, dataSeconds, dir = RESULTS_DIR }) {
  mkdirSync(dir, { recursive: true });
  const at = new Date().toISOString();
  // The machine's load average says how far to trust the figures (2 cores shared: see README).
  const result = { at, commit: commit(), cores: availableParallelism(), loadAverage: loadavg().map((v) => Math.round(v * 10) / 10), node: process.version, nodeArgs, workerNodeArgs, ...(apiExtraNodeArgs.length > 0 ? { apiExtraNodeArgs } : {}), scale, smoke, durationSeconds: duration, roundTrips, dataSeconds, peakRssMb: peaks, rows };
  const file = join(dir, `${at.replace(/[:.]/g, '-')}-${scale}${smoke ? '-smoke' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}
