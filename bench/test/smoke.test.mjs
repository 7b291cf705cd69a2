// pnpm bench:smoke as part of pnpm test: every scenario runs for a few seconds on the
// programme-size dataset against the built app; any error or lost submission fails (speed never does).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { runBench } from '../lib/harness.mjs';
import { formatTable } from '../lib/report.mjs';

let run;
before(async () => {
  const logDir = mkdtempSync(join(tmpdir(), 'kopa-bench-smoke-'));
  run = await runBench({ smoke: true, scale: 'programme', duration: 2, fresh: true, roundTrips: true, logDir, log: (m) => console.log(`[bench] ${m}`) });
  console.log(`\n${formatTable(run.rows)}\n`);
}, { timeout: 240_000 });

const rowsOf = (scenario) => {
  const rows = run.rows.filter((row) => row.scenario.startsWith(scenario));
  assert.ok(rows.length > 0, `scenario ${scenario} did not run`);
  return rows;
};

function assertServedWithoutErrors(scenario) {
  for (const row of rowsOf(scenario)) {
    assert.ok(row.requests > 0, `${row.scenario} (${row.target}) made no requests`);
    assert.equal(row.errors, 0, `${row.scenario} (${row.target}): ${row.failureSamples.join(' | ')}`);
  }
}

test('1: anonymous visitors get the open calls and a call page from the app and the floor', () => assertServedWithoutErrors('1'));
test('2: a signed-in applicant gets their dashboard', () => assertServedWithoutErrors('2'));
test("3: a coordinator gets a call's filtered, sorted list from the app and the floor", () => assertServedWithoutErrors('3'));
test('4: concurrent autosaves of drafts all merge', () => assertServedWithoutErrors('4'));

test('5: the deadline surge stores every submission once and mails every receipt once', () => {
  assertServedWithoutErrors('5');
  const [row] = rowsOf('5');
  const v = row.verification;
  assert.equal(v.stored, v.expected, 'submissions stored');
  assert.equal(v.uniqueReferences, v.expected, 'unique reference numbers');
  assert.equal(v.revisions, v.expected, 'one frozen revision each');
  assert.equal(v.receiptsQueued, v.expected, 'one receipt each in the outbox');
  assert.equal(v.deliveredOnce, v.expected, 'each receipt delivered exactly once');
  assert.equal(v.deliveredTwice, 0, 'no receipt delivered twice');
});

test('6: a reviewer gets their workspace, a coordinator the ranked list and their home page', () => assertServedWithoutErrors('6'));

test("7: the decision list and the applications list export as CSV and XLSX from a small and a large call, every row", () => {
  assertServedWithoutErrors('7');
  const rows = rowsOf('7');
  assert.equal(rows.length, 8, 'both lists, CSV and XLSX, of two calls');
  assert.ok(rows.every((row) => row.rows > 0 && row.bytes > 0), 'every export has rows');
});

test('every measured load counts the PostgreSQL round trips of the app and the floor', () => {
  for (const row of run.rows.filter((r) => r.cpuMs)) {
    assert.ok(row.pgTripsPerRequest > 0, `${row.scenario} (${row.target}) counted no round trips`);
  }
  // The public call page is one statement in the app as in the floor (README, round 3).
  const [app, floor] = ['app', 'floor'].map((target) => rowsOf('1b').find((r) => r.target === target));
  assert.ok(app.pgTripsPerRequest <= floor.pgTripsPerRequest + 0.01, `1b: app ${app.pgTripsPerRequest} vs floor ${floor.pgTripsPerRequest}`);
});

test('the report carries peak memory of the API and the worker', () => {
  assert.ok(run.peaks.api > 0 && run.peaks.worker > 0);
});
