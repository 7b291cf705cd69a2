// Reads what each test runner wrote in its machine-readable format into one shape:
// { passed, failed, skipped, notes: string[] }. A file that is missing or unreadable is
// reported by the caller as a crashed runner.
import { readFileSync } from 'node:fs';

/** Jest `--json` and Vitest `--reporter=json` write the same (Jest's) result format. */
export function parseJestLikeJson(text) {
  const report = JSON.parse(text);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const notes = [];
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    let failedHere = 0;
    for (const assertion of assertions) {
      if (assertion.status === 'passed') passed++;
      else if (assertion.status === 'failed') failedHere++;
      else skipped++;
    }
    failed += failedHere;
    // A test file that failed without a failing test did not load or crashed (syntax error,
    // failing beforeAll, unhandled rejection): it counts as one failure.
    if (file.status === 'failed' && failedHere === 0) {
      failed++;
      notes.push(`${file.name}: ${firstLine(file.message || file.failureMessage || 'failed to run')}`);
    }
  }
  if (report.numRuntimeErrorTestSuites > 0 && (report.testResults ?? []).length === 0) {
    failed += report.numRuntimeErrorTestSuites;
    notes.push(`${report.numRuntimeErrorTestSuites} test file(s) could not run`);
  }
  return { passed, failed, skipped, notes };
}

/** Node's built-in test runner, TAP reporter: the summary comments at the end. */
export function parseNodeTap(text) {
  const count = (name) => {
    const matches = [...text.matchAll(new RegExp(`^# ${name} (\\d+)\\s*$`, 'gm'))];
    return matches.length ? Number(matches.at(-1)[1]) : undefined;
  };
  const pass = count('pass');
  const fail = count('fail');
  if (pass === undefined || fail === undefined) throw new Error('no "# pass" / "# fail" summary in the TAP output');
  const cancelled = count('cancelled') ?? 0;
  return {
    passed: pass,
    failed: fail + cancelled,
    skipped: (count('skipped') ?? 0) + (count('todo') ?? 0),
    notes: cancelled ? [`${cancelled} test(s) cancelled`] : [],
  };
}

/** Playwright's JSON reporter: stats, plus errors raised outside any test (global setup, config). */
export function parsePlaywrightJson(text) {
  const report = JSON.parse(text);
  const stats = report.stats ?? {};
  const errors = report.errors ?? [];
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + errors.length,
    skipped: stats.skipped ?? 0,
    notes: [
      ...(stats.flaky ? [`${stats.flaky} flaky (passed on retry)`] : []),
      ...errors.map((error) => firstLine(error.message ?? String(error))),
    ],
  };
}

export function readResult(file, parse) {
  return parse(readFileSync(file, 'utf8'));
}

function firstLine(text) {
  // eslint-disable-next-line no-control-regex
  const clean = String(text).replace(/\u001b\[[0-9;]*m/g, '').trim();
  const line = clean.split('\n').find((l) => l.trim()) ?? clean;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
