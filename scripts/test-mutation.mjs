#!/usr/bin/env node
// pnpm test:mutation [package-dir[:group]...]: Stryker over the logic of packages/shared and
// apps/web, one run per group of files (see stryker.config.mjs in each), then the score of
// each package and of both together. Fails when a package scores below the floor.
// Not part of `pnpm test`: a full run takes a long time on a shared machine. Runs are
// incremental (reports/mutation/*.incremental.json), so a second run retests only the
// mutants whose code or tests changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/paths.mjs';

const FLOOR = 85;
const PACKAGES = ['packages/shared', 'apps/web'];

const wanted = process.argv.slice(2).map((arg) => {
  const [dir, group] = arg.split(':');
  return { dir, group };
});

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function count(report) {
  let detected = 0;
  let undetected = 0;
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected += 1;
      else if (UNDETECTED.has(mutant.status)) undetected += 1;
    }
  }
  return { detected, undetected };
}

const score = ({ detected, undetected }) => (detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected));
const line = (name, tally) =>
  `${name.padEnd(24)} ${score(tally).toFixed(2).padStart(6)} %  (${tally.detected} killed, ${tally.undetected} survived or not covered)`;

const results = [];
let failed = false;
for (const dir of PACKAGES) {
  const only = wanted.filter((entry) => entry.dir === dir);
  if (wanted.length > 0 && only.length === 0) continue;
  const { groups } = await import(pathToFileURL(join(ROOT, dir, 'stryker.config.mjs')).href);
  const names = only.some((entry) => entry.group) ? only.map((entry) => entry.group) : Object.keys(groups);
  const total = { detected: 0, undetected: 0 };
  for (const group of names) {
    console.log(`\n=== ${dir} · ${group} ===`);
    const run = spawnSync('pnpm', ['exec', 'stryker', 'run'], {
      cwd: join(ROOT, dir),
      stdio: 'inherit',
      env: { ...process.env, KOPA_MUTATION_GROUP: group },
    });
    const reportFile = join(ROOT, dir, 'reports/mutation', `${group}.json`);
    if (run.status !== 0 || !existsSync(reportFile)) {
      console.error(`Stryker failed for ${dir} · ${group} (exit ${run.status})`);
      failed = true;
      continue;
    }
    const tally = count(JSON.parse(readFileSync(reportFile, 'utf8')));
    results.push(line(`${dir}:${group}`, tally));
    total.detected += tally.detected;
    total.undetected += tally.undetected;
  }
  results.push(line(dir, total));
  if (score(total) < FLOOR) failed = true;
  results.total = {
    detected: (results.total?.detected ?? 0) + total.detected,
    undetected: (results.total?.undetected ?? 0) + total.undetected,
  };
}

console.log('\nMutation score (killed or timed out / all but ignored and compile errors):');
for (const entry of results) console.log(entry);
if (results.total) console.log(line('overall', results.total));
if (failed) {
  console.error(`\nBelow the ${FLOOR} % floor, or a run failed.`);
  process.exit(1);
}
