#!/usr/bin/env node
// pnpm test:mutation [--report] [package-dir[:group]...]: Stryker over the logic of packages/shared and
// apps/web, one run per group of files (see stryker.config.mjs in each), then the score of
// each package and of both together. Fails when a package scores below the floor.
// Not part of `pnpm test`: a full run takes a long time on a shared machine. Runs are
// incremental (reports/mutation/*.incremental.json), so a second run retests only the
// mutants whose code or tests changed. `--report` only adds up the reports of the last runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { addTallies, mutationScore as score, tallyReport } from './lib/mutation-score.mjs';
import { ROOT } from './lib/paths.mjs';

const FLOOR = 85;
const PACKAGES = ['packages/shared', 'apps/web'];

const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const wanted = args.filter((arg) => arg !== '--report').map((arg) => {
  const [dir, group] = arg.split(':');
  return { dir, group };
});

const line = (name, tally) =>
  `${name.padEnd(24)} ${score(tally).toFixed(2).padStart(6)} %  (${tally.detected} killed, ${tally.undetected} survived or not covered)`;

const results = [];
let overall = addTallies();
let failed = false;
for (const dir of PACKAGES) {
  const only = wanted.filter((entry) => entry.dir === dir);
  if (wanted.length > 0 && only.length === 0) continue;
  const { groups } = await import(pathToFileURL(join(ROOT, dir, 'stryker.config.mjs')).href);
  const names = only.some((entry) => entry.group) ? only.map((entry) => entry.group) : Object.keys(groups);
  let total = addTallies();
  for (const group of names) {
    const reportFile = join(ROOT, dir, 'reports/mutation', `${group}.json`);
    let status = 0;
    if (!reportOnly) {
      console.log(`\n=== ${dir} · ${group} ===`);
      status = spawnSync('pnpm', ['exec', 'stryker', 'run'], {
        cwd: join(ROOT, dir),
        stdio: 'inherit',
        env: { ...process.env, KOPA_MUTATION_GROUP: group },
      }).status;
    }
    if (status !== 0 || !existsSync(reportFile)) {
      console.error(`No mutation report for ${dir} · ${group} (Stryker exit ${status})`);
      failed = true;
      continue;
    }
    const tally = tallyReport(JSON.parse(readFileSync(reportFile, 'utf8')));
    results.push(line(`${dir}:${group}`, tally));
    total = addTallies(total, tally);
  }
  results.push(line(dir, total));
  if (score(total) < FLOOR) failed = true;
  overall = addTallies(overall, total);
}

console.log('\nMutation score (killed or timed out / all but ignored and compile errors):');
for (const entry of results) console.log(entry);
console.log(line('overall', overall));
if (failed) {
  console.error(`\nBelow the ${FLOOR} % floor, or a run failed.`);
  process.exit(1);
}
