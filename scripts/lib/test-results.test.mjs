import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJestLikeJson, parseNodeTap, parsePlaywrightJson } from './test-results.mjs';

test('Jest/Vitest JSON: assertions are counted, and a file that failed to load counts as one failure', () => {
  const report = {
    numRuntimeErrorTestSuites: 1,
    testResults: [
      { name: 'a.spec.ts', status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'passed' }, { status: 'pending' }] },
      { name: 'b.spec.ts', status: 'failed', assertionResults: [{ status: 'passed' }, { status: 'failed' }] },
      { name: 'c.spec.ts', status: 'failed', message: '\u001b[31mCannot find module x\u001b[39m\n    at y', assertionResults: [] },
    ],
  };
  const result = parseJestLikeJson(JSON.stringify(report));
  assert.deepEqual({ ...result, notes: undefined }, { passed: 3, failed: 2, skipped: 1, notes: undefined });
  assert.deepEqual(result.notes, ['c.spec.ts: Cannot find module x']);
});

test('Jest JSON without per-file results still reports suites that could not run', () => {
  const result = parseJestLikeJson(JSON.stringify({ numRuntimeErrorTestSuites: 2, testResults: [] }));
  assert.equal(result.failed, 2);
});

test('node:test TAP: the final summary counts, cancelled tests are failures', () => {
  const tap = ['TAP version 13', '# Subtest: x', 'ok 1 - x', '1..3', '# tests 3', '# pass 1', '# fail 1', '# cancelled 1', '# skipped 0', '# todo 0'].join('\n');
  assert.deepEqual(parseNodeTap(tap), { passed: 1, failed: 2, skipped: 0, notes: ['1 test(s) cancelled'] });
  assert.throws(() => parseNodeTap('TAP version 13\nnot ok 1 - crashed\n'), /summary/);
});

test('Playwright JSON: flaky tests passed on retry, errors outside tests are failures', () => {
  const report = { stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 2 }, errors: [{ message: 'Error: global setup failed\n  at z' }] };
  const result = parsePlaywrightJson(JSON.stringify(report));
  assert.deepEqual({ passed: result.passed, failed: result.failed, skipped: result.skipped }, { passed: 5, failed: 2, skipped: 2 });
  assert.deepEqual(result.notes, ['1 flaky (passed on retry)', 'Error: global setup failed']);
});
