import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addTallies, mutationScore, tallyReport } from './mutation-score.mjs';

const report = (...statuses) => ({ files: { 'a.ts': { mutants: statuses.map((status) => ({ status })) } } });

test('counts killed and timed-out mutants as detected, survivors and uncovered ones as not, and leaves the rest out', () => {
  const tally = tallyReport(report('Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError', 'Killed'));
  assert.deepEqual(tally, { detected: 3, undetected: 2 });
  assert.equal(mutationScore(tally), 60);
});

test('adds the groups of a package up before scoring', () => {
  const total = addTallies(tallyReport(report('Killed')), tallyReport(report('Survived', 'Killed', 'Killed')));
  assert.deepEqual(total, { detected: 3, undetected: 1 });
  assert.equal(mutationScore(total), 75);
});

test('scores 100 when nothing could be detected', () => {
  assert.equal(mutationScore(tallyReport(report('Ignored'))), 100);
  assert.equal(mutationScore(addTallies()), 100);
});
