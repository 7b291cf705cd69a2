// Runs the scenarios against the built app started as in production, with the floor beside it.
import { join } from 'node:path';
import pg from 'pg';
import { generateDataset } from '../data/generate.mjs';
import { BIG_CALL_CODE, EXPORT_CALL_CODE, SURGE_CALL_CODE } from '../data/scales.mjs';
import { benchDatabaseName, databaseExists, databaseUrl } from './database.mjs';
import { API_MAIN, WORKER_MAIN, cpuMsOf, freePort, memoryOf, productionNodeArgs, productionWorkerNodeArgs, sampleRss, startNode, waitForHttp } from './processes.mjs';
import { BENCH_DIR } from './paths.mjs';
import { COOKIE_SECRET } from './sessions.mjs';
import { startSmtpSink } from './smtp-sink.mjs';
import { withFloorRatios, writeResult } from './report.mjs';
import { publicCalls } from '../scenarios/public-calls.mjs';
import { dashboard } from '../scenarios/dashboard.mjs';
import { coordinatorList } from '../scenarios/coordinator-list.mjs';
import { autosave } from '../scenarios/autosave.mjs';
import { resetSurge, surge } from '../scenarios/surge.mjs';
import { reviewDecisions } from '../scenarios/review-decisions.mjs';
import { exportsScenario } from '../scenarios/exports.mjs';

export const SCENARIOS = [
  ['1', publicCalls],
  ['2', dashboard],
  ['3', coordinatorList],
  ['4', autosave],
  ['5', surge],
  ['6', reviewDecisions],
  ['7', exportsScenario],
];

async function benchData(db) {
  const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
  const surgeCall = await one('SELECT id FROM "Call" WHERE code = $1', [SURGE_CALL_CODE]);
  const bigCall = await one('SELECT id FROM "Call" WHERE code = $1', [BIG_CALL_CODE]);
  const exportCall = await one('SELECT id FROM "Call" WHERE code = $1', [EXPORT_CALL_CODE]);
  const openCall = await one(`SELECT id FROM "Call" WHERE status = 'published' AND "closesAt" > now() AND code <> $1 ORDER BY code LIMIT 1`, [SURGE_CALL_CODE]);
  const municipalities = (await db.query('SELECT code FROM "Municipality" ORDER BY code')).rows.map((r) => r.code);
  if (!surgeCall || !bigCall || !exportCall) throw new Error('the bench database lacks the SURGE, BIG and EXPORT calls: regenerate it (--fresh)');
  return { surgeCallId: surgeCall.id, bigCallId: bigCall.id, exportCallId: exportCall.id, openCallId: (openCall ?? surgeCall).id, municipalities };
}

/** Starts the counting proxy (lib/pg-round-trips.mjs) as its own process; returns its URLs and a reader of its counts. */
async function startRoundTripProxy(url, logDir) {
  const upstream = new URL(url);
  const [apiPort, floorPort, statsPort] = [await freePort(), await freePort(), await freePort()];
  const proxy = startNode(
    join(BENCH_DIR, 'lib/pg-round-trips.mjs'),
    { PG_PROXY_UPSTREAM: `${upstream.hostname}:${upstream.port || 5432}`, PG_PROXY_LISTENERS: `api=${apiPort},floor=${floorPort}`, PG_PROXY_STATS_PORT: String(statsPort) },
    join(logDir, 'pg-proxy.log'),
  );
  const stats = `http://127.0.0.1:${statsPort}/`;
  await waitForHttp(stats, { process: proxy });
  const through = (port) => Object.assign(new URL(url), { host: `127.0.0.1:${port}` }).toString();
  return {
    urls: { api: through(apiPort), floor: through(floorPort) },
    counts: async () => (await fetch(stats)).json(),
    stop: () => proxy.stop(),
  };
}

/** Returns { rows, file, failures }. */
export async function runBench({ smoke, scale, duration, fresh, only, roundTrips = false, logDir, log }) {
  const database = benchDatabaseName(scale);
  let dataSeconds = null;
  if (fresh || !(await databaseExists(database))) {
    dataSeconds = (await generateDataset(scale, (m) => log(`data: ${m}`))).seconds;
  }
  const url = databaseUrl(database);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const stops = [];
  try {
    const data = await benchData(db);
    await resetSurge(db, data.surgeCallId);
    await db.query(`DELETE FROM "Session" WHERE "userAgent" = 'kopa-bench'`);

    const sink = await startSmtpSink();
    stops.push(() => sink.close());
    const [apiPort, floorPort] = [await freePort(), await freePort()];
    // --round-trips: the API and the floor reach PostgreSQL through a counting proxy (the worker does not).
    const trips = roundTrips ? await startRoundTripProxy(url, logDir) : null;
    if (trips) stops.push(() => trips.stop());
    const env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      APP_URL: `http://127.0.0.1:${apiPort}`,
      DATABASE_URL: trips ? trips.urls.api : url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      SMTP_URL: sink.url,
      COOKIE_SECRET,
      TRUST_PROXY: '127.0.0.1', // the load tool connects from loopback and names the client in X-Forwarded-For
      QUEUE_PREFIX: `bench-${process.pid}-${Date.now()}`,
      STORAGE_DIR: join(logDir, 'uploads'),
    };
    log(`starting API (port ${apiPort}), worker and floor (port ${floorPort}); logs in ${logDir}`);
    // BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the API under the load.
    const nodeArgs = productionNodeArgs();
    const apiExtraNodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const api = startNode(API_MAIN, env, join(logDir, 'api.log'), [...nodeArgs, ...apiExtraNodeArgs]);
    stops.push(() => api.stop());
    const workerNodeArgs = productionWorkerNodeArgs();
    const worker = startNode(WORKER_MAIN, { ...env, DATABASE_URL: url }, join(logDir, 'worker.log'), workerNodeArgs);
    stops.push(() => worker.stop());
    const floor = startNode(join(BENCH_DIR, 'floor/server.mjs'), { DATABASE_URL: trips ? trips.urls.floor : url, COOKIE_SECRET, PORT: String(floorPort) }, join(logDir, 'floor.log'));
    stops.push(() => floor.stop());
    await waitForHttp(`http://127.0.0.1:${apiPort}/api/health/ready`, { process: api });
    await waitForHttp(`http://127.0.0.1:${floorPort}/api/public/calls`, { process: floor });

    const ctx = {
      appUrl: `http://127.0.0.1:${apiPort}`,
      floorUrl: `http://127.0.0.1:${floorPort}`,
      db,
      data,
      pids: { api: api.pid, worker: worker.pid },
      sink,
      duration,
      /**
       * How much load: real runs last `duration` seconds at the scenario's connections; smoke
       * runs send a fixed number of requests over at most 10 connections, so that a busy
       * machine makes them slower but never empty.
       */
      size: (connections) => (smoke ? { connections: Math.min(connections, 10), amount: Math.min(connections, 10) * 4 } : { connections, duration }),
      surgeConnections: smoke ? 5 : 100,
      surgeWindowSeconds: smoke ? 10 : 60,
      mailTimeoutMs: smoke ? 60_000 : 300_000,
      /**
       * Runs a load while sampling the RSS of the API and the worker, and counts the CPU time
       * the API and the floor used meanwhile (per request it depends little on how busy the
       * machine is, unlike requests/s).
       */
      async measure(load) {
        const sampler = sampleRss({ api: api.pid, worker: worker.pid });
        const cpuBefore = { api: cpuMsOf(api.pid), floor: cpuMsOf(floor.pid) };
        const tripsBefore = await trips?.counts();
        const result = await load();
        const cpuMs = { api: cpuMsOf(api.pid) - cpuBefore.api, floor: cpuMsOf(floor.pid) - cpuBefore.floor };
        const tripsAfter = await trips?.counts();
        const pgRoundTrips = tripsAfter ? { api: tripsAfter.api - tripsBefore.api, floor: tripsAfter.floor - tripsBefore.floor } : undefined;
        return { ...result, rss: sampler.stop(), cpuMs, ...(pgRoundTrips ? { pgRoundTrips } : {}) };
      },
    };
    let rows = [];
    for (const [id, scenario] of SCENARIOS) {
      if (only && !only.includes(id)) continue;
      log(`scenario ${id} (${scenario.name})`);
      rows.push(...(await scenario(ctx)));
    }
    rows = withFloorRatios(rows);
    const peaks = { api: Math.round(memoryOf(api.pid).hwmMb), worker: Math.round(memoryOf(worker.pid).hwmMb) };
    const file = writeResult({ scale, smoke, duration, roundTrips, nodeArgs, workerNodeArgs, apiExtraNodeArgs, rows, peaks, dataSeconds, ...(smoke ? { dir: logDir } : {}) });
    const failures = rows.flatMap((row) => [
      ...(row.errors > 0 ? [`${row.scenario} (${row.target}): ${row.errors} errors, e.g. ${row.failureSamples.join(' | ')}`] : []),
      ...(row.verification && !row.verification.ok ? [`${row.scenario}: ${JSON.stringify(row.verification)}`] : []),
    ]);
    return { rows, file, failures, peaks };
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => {});
    await db.end();
  }
}
