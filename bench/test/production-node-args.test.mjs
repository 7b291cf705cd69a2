// The bench starts the API and the worker with the flags the production image gives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { commandNodeFlags, COMPOSE, composeNodeFlags, DOCKERFILE, productionNodeArgs, productionWorkerNodeArgs } from '../lib/processes.mjs';

test('the production image gives V8 a heap budget, and the bench reads it from the Dockerfile', () => {
  const args = productionNodeArgs();
  assert.ok(args.some((arg) => /^--max-semi-space-size=\d+$/.test(arg)), args.join(' '));
  assert.ok(args.some((arg) => /^--max-old-space-size=\d+$/.test(arg)), args.join(' '));
  // Round 7: with pretenuring, V8 ran a full GC every half second under load.
  assert.ok(args.includes('--no-allocation-site-pretenuring'), args.join(' '));
});

test('flags Node refuses in NODE_OPTIONS come from the CMD, not from the health check', () => {
  const dockerfile = 'ENV NODE_OPTIONS="--a=1"\nHEALTHCHECK CMD node -e "fetch(1)"\nCMD ["node", "--b", "--c=2", "apps/api/dist/main.js"]\n';
  assert.deepEqual(productionNodeArgs(dockerfile), ['--a=1', '--b', '--c=2']);
  assert.deepEqual(productionNodeArgs('ENV NODE_OPTIONS="--a"\nCMD ["sh", "-c", "node --x main.js"]\n'), ['--a']);
});

test("compose starts the API with the image's node flags, and the worker with them and its smaller old generation", () => {
  const imageFlags = commandNodeFlags(readFileSync(DOCKERFILE, 'utf8'));
  const compose = readFileSync(COMPOSE, 'utf8');
  assert.deepEqual(composeNodeFlags(compose, 'apps/api/dist/main.js'), imageFlags);
  const worker = composeNodeFlags(compose, 'apps/api/dist/worker.js');
  assert.deepEqual(worker.slice(0, imageFlags.length), imageFlags);
  // Round 8: the worker writes the exports; with the API's 192 MB it reached 294 MB.
  assert.ok(worker.some((flag) => /^--max-old-space-size=\d+$/.test(flag)), worker.join(' '));
  // The flag given last wins, so the bench's worker has compose's old generation, not NODE_OPTIONS'.
  const args = productionWorkerNodeArgs();
  assert.equal(args.filter((arg) => arg.startsWith('--max-old-space-size=')).at(-1), worker.find((flag) => flag.startsWith('--max-old-space-size=')));
});

test('a compose file without the command is an error', () => {
  assert.throws(() => composeNodeFlags('services:\n  api:\n    image: kopa\n', 'apps/api/dist/worker.js'), /no command: line/);
});

test('NODE_OPTIONS is read inside a multi-line ENV and as its own ENV line', () => {
  assert.deepEqual(productionNodeArgs('ENV NODE_ENV=production \\\n    NODE_OPTIONS="--a=1  --b"\n'), ['--a=1', '--b']);
  assert.deepEqual(productionNodeArgs('ENV NODE_OPTIONS="--c"\n'), ['--c']);
});

test('a Dockerfile without NODE_OPTIONS is an error, not a bench run with other flags than production', () => {
  assert.throws(() => productionNodeArgs('FROM node:24\nCMD ["node", "main.js"]\n'), /sets no NODE_OPTIONS/);
});
