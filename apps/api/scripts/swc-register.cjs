// Runs the API's TypeScript sources straight from src/ with the same SWC settings as the tests
// (.swcrc: decorator metadata, which Nest's injection needs and tsx/esbuild do not emit). Used by
// `pnpm seed`, which boots the app in process. Usage: node --require ./scripts/swc-register.cjs src/....ts
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const swcrc = JSON.parse(readFileSync(join(__dirname, '../.swcrc'), 'utf8'));
const SRC = join(__dirname, '../src');

// Sources (the generated Prisma client among them) import their .ts siblings as .js (ESM style).
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (parent?.filename?.startsWith(SRC) && request.startsWith('.') && request.endsWith('.js')) {
    try {
      return resolve.call(this, request.slice(0, -3), parent, ...rest);
    } catch {
      // not a TypeScript sibling: resolve as written
    }
  }
  return resolve.call(this, request, parent, ...rest);
};

Module._extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swcrc, swcrc: false, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};
