#!/usr/bin/env node
// pnpm test: builds, runs every test suite with its own runner, and totals them from the
// runners' machine-readable output. The last line is always "N passed, N failed".
// Exit code 0 only when every suite ran at least one test and none failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { parseJestLikeJson, parseNodeTap, parsePlaywrightJson, readResult } from './lib/test-results.mjs';

// The schema engine's calls take under a second; one that never returns (it did, on a CHECK
// constraint) fails its test by name instead of holding the run until the suite's timeout.
const ENGINE_TEST_TIMEOUT_MS = 120_000;
const SUITE_TIMEOUT_MS = Number(process.env.KOPA_SUITE_TIMEOUT_MS || 45 * 60_000);
const out = mkdtempSync(join(tmpdir(), 'kopa-test-'));
const TEST_FILE = /\.(test|spec)\.[cm]?[jt]sx?$/;

const suites = [
  {
    name: 'shared (vitest)',
    dir: 'packages/shared',
    optional: true, // runs only when the package has test files
    command: (file) => ['pnpm', ['--filter', '@kopa/shared', 'test', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]],
    parse: parseJestLikeJson,
  },
  {
    name: 'web (vitest)',
    dir: 'apps/web',
    command: (file) => ['pnpm', ['--filter', '@kopa/web', 'test', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]],
    parse: parseJestLikeJson,
  },
  {
    // The helpers of pnpm start and of this script (result parsers, dev mailbox).
    name: 'scripts (node:test)',
    dir: 'scripts',
    marker: 'lib',
    command: (file) => nodeTest(join(ROOT, 'scripts'), file, testFiles(join(ROOT, 'scripts/lib')).map((f) => join('lib', f))),
    parse: parseNodeTap,
  },
  {
    name: 'prisma-offline (node:test)',
    dir: 'tools/prisma-offline',
    command: (file) => nodeTest(join(ROOT, 'tools/prisma-offline'), file, testFiles(join(ROOT, 'tools/prisma-offline/src')).map((f) => join('src', f)), ['--import', 'tsx', `--test-timeout=${ENGINE_TEST_TIMEOUT_MS}`]),
    parse: parseNodeTap,
  },
  {
    name: 'api (jest)',
    dir: 'apps/api',
    command: (file) => ['pnpm', ['--filter', '@kopa/api', 'test', '--json', `--outputFile=${file}`]],
    parse: parseJestLikeJson,
  },
  {
    // pnpm bench:smoke (every load scenario briefly, against the built app) and the web size budget.
    name: 'bench (node:test)',
    dir: 'bench',
    command: (file) => nodeTest(join(ROOT, 'bench'), file, testFiles(join(ROOT, 'bench/test')).map((f) => join('test', f)), ['--import', 'tsx']),
    parse: parseNodeTap,
  },
  {
    name: 'e2e (playwright)',
    dir: 'e2e',
    command: (file) => ['pnpm', ['--filter', '@kopa/e2e', 'test', '--reporter=list,json'], { env: { PLAYWRIGHT_JSON_OUTPUT_NAME: file } }],
    parse: parsePlaywrightJson,
  },
];

/** node --test with the spec reporter on the console and TAP in `file` (Node 20 does not expand globs). */
function nodeTest(cwd, file, files, flags = []) {
  const args = [...flags, '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${file}`, ...files];
  return [process.execPath, args, { cwd }];
}

/** Test files directly in `dir` or below it, relative to it (node_modules and dist excluded). */
function testFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      return ['node_modules', 'dist'].includes(entry.name) ? [] : testFiles(join(dir, entry.name), join(prefix, entry.name));
    }
    return TEST_FILE.test(entry.name) ? [join(prefix, entry.name)] : [];
  });
}

let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) killTree(current, signal);
    console.error(`\n${signal}: test run interrupted`);
    process.exit(130);
  });
}

function killTree(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Runs one command with the console attached; resolves with its exit code (or a description of its death). */
function execute(command, args, { cwd = ROOT, env = {}, label = `${command} ${args.join(' ')}` } = {}) {
  return new Promise((resolve) => {
    // Own process group, so a timeout can stop the runner together with whatever it started.
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', ...env },
      stdio: 'inherit',
      detached: true,
    });
    current = child;
    const timer = setTimeout(() => {
      console.error(`\n${label} timed out after ${SUITE_TIMEOUT_MS / 60_000} minutes; stopping it.`);
      killTree(child, 'SIGTERM');
      setTimeout(() => killTree(child, 'SIGKILL'), 10_000).unref();
    }, SUITE_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code: null, error: `could not start: ${error.message}` });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = undefined;
      resolve({ code, error: signal ? `killed by ${signal}` : undefined });
    });
  });
}

function banner(text) {
  console.log(`\n${'='.repeat(78)}\n${text}\n${'='.repeat(78)}`);
}

async function runSuite(suite, index) {
  const result = { name: suite.name, passed: 0, failed: 0, skipped: 0, notes: [], status: 'ok' };
  const dir = join(ROOT, suite.dir);
  if (!existsSync(join(dir, suite.marker ?? 'package.json'))) {
    return { ...result, failed: 1, status: 'error', notes: [`${suite.dir}/${suite.marker ?? 'package.json'} is missing`] };
  }
  if (suite.optional && testFiles(join(dir, 'src')).length === 0) {
    return { ...result, status: 'skipped', notes: ['no test files'] };
  }
  banner(`Suite ${index + 1}/${suites.length}: ${suite.name}`);
  const file = join(out, `suite-${index}.out`);
  const [command, args, options = {}] = suite.command(file);
  const run = await execute(command, args, { ...options, label: suite.name });

  let parsed;
  try {
    parsed = readResult(file, suite.parse);
  } catch (error) {
    const why = run.error ?? (run.code === 0 ? 'exited 0' : `exit code ${run.code}`);
    return { ...result, failed: 1, status: 'error', notes: [`runner crashed or wrote no results (${why}; ${error.code === 'ENOENT' ? 'no result file' : error.message})`] };
  }
  Object.assign(result, parsed);
  if (run.error || run.code !== 0) {
    result.notes.push(`runner ${run.error ?? `exit code ${run.code}`}`);
    // A runner that fails while every test it reported passed (teardown crash, open handles
    // with --detectOpenHandles, coverage threshold...) still fails the run.
    if (result.failed === 0) result.failed = 1;
    result.status = 'error';
  }
  if (result.passed + result.failed === 0) {
    // A suite that runs nothing proves nothing: it fails the run like a failing test.
    result.failed = 1;
    result.notes.push('ran zero tests');
  }
  if (result.failed > 0) result.status = 'error';
  return result;
}

async function main() {
  const started = Date.now();
  const results = [];

  banner('Build (pnpm build)');
  const build = await execute('pnpm', ['build']);
  const buildOk = build.code === 0 && !build.error;
  if (!buildOk) {
    results.push({ name: 'build', passed: 0, failed: 1, skipped: 0, status: 'error', notes: [`pnpm build ${build.error ?? `exit code ${build.code}`}`] });
  }

  for (const [index, suite] of suites.entries()) {
    try {
      results.push(await runSuite(suite, index));
    } catch (error) {
      results.push({ name: suite.name, passed: 0, failed: 1, skipped: 0, status: 'error', notes: [error.message] });
    }
  }
  rmSync(out, { recursive: true, force: true });

  banner(`Summary (${Math.round((Date.now() - started) / 1000)} s)`);
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const mark = r.status === 'ok' ? 'ok  ' : r.status === 'skipped' ? 'skip' : 'FAIL';
    const counts = r.status === 'skipped' ? '' : `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
    console.log(`${mark}  ${r.name.padEnd(width)}  ${counts}`);
    for (const note of r.notes) console.log(`${' '.repeat(width + 8)}${note}`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
