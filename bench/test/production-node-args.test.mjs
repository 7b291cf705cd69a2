// The bench starts the API and the worker with the flags the production image gives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandNodeFlags, DOCKERFILE, nodeFlagsOf, productionNodeArgs } from '../lib/processes.mjs';
import { ROOT } from '../lib/paths.mjs';

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

test('compose starts the API and the worker with the same node flags as the image', () => {
  const imageFlags = commandNodeFlags(readFileSync(DOCKERFILE, 'utf8'));
  const compose = readFileSync(join(ROOT, 'docker/compose.yaml'), 'utf8');
  for (const script of ['apps/api/dist/main.js', 'apps/api/dist/worker.js']) {
    const line = compose.split('\n').find((l) => l.includes(`"${script}"`) && /^\s*command:/.test(l));
    assert.ok(line, `compose.yaml runs ${script}`);
    assert.deepEqual(nodeFlagsOf(JSON.parse(line.replace(/^\s*command:\s*/, ''))), imageFlags, line);
  }
});

test('NODE_OPTIONS is read inside a multi-line ENV and as its own ENV line', () => {
  assert.deepEqual(productionNodeArgs('ENV NODE_ENV=production \\\n    NODE_OPTIONS="--a=1  --b"\n'), ['--a=1', '--b']);
  assert.deepEqual(productionNodeArgs('ENV NODE_OPTIONS="--c"\n'), ['--c']);
});

test('a Dockerfile without NODE_OPTIONS is an error, not a bench run with other flags than production', () => {
  assert.throws(() => productionNodeArgs('FROM node:24\nCMD ["node", "main.js"]\n'), /sets no NODE_OPTIONS/);
});
