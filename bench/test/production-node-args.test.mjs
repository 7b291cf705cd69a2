// The bench starts the API and the worker with the flags the production image gives them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { productionNodeArgs } from '../lib/processes.mjs';

test('the production image gives V8 a heap budget, and the bench reads it from the Dockerfile', () => {
  const args = productionNodeArgs();
  assert.ok(args.some((arg) => /^--max-semi-space-size=\d+$/.test(arg)), args.join(' '));
  assert.ok(args.some((arg) => /^--max-old-space-size=\d+$/.test(arg)), args.join(' '));
});

test('NODE_OPTIONS is read inside a multi-line ENV and as its own ENV line', () => {
  assert.deepEqual(productionNodeArgs('ENV NODE_ENV=production \\\n    NODE_OPTIONS="--a=1  --b"\n'), ['--a=1', '--b']);
  assert.deepEqual(productionNodeArgs('ENV NODE_OPTIONS="--c"\n'), ['--c']);
});

test('a Dockerfile without NODE_OPTIONS is an error, not a bench run with other flags than production', () => {
  assert.throws(() => productionNodeArgs('FROM node:24\nCMD ["node", "main.js"]\n'), /sets no NODE_OPTIONS/);
});
