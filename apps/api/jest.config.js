/** API tests run against real PostgreSQL, Redis and an in-process SMTP server. */
const swcrc = JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'));

// NestJS 12 ships ES modules only. Node runs them from our CommonJS build (require(esm)),
// but Jest's module runtime cannot before Node 24.9, so Jest compiles them to CommonJS too.
const ESM_ONLY_PACKAGES = [
  '@nestjs',
  '@fastify/cookie',
  'content-disposition',
  'cookie',
  // file-type (content sniffing of uploads) and its tokenizer packages
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  '@borewit',
];

module.exports = {
  testEnvironment: 'node',
  rootDir: 'src',
  testRegex: '.*\\.(e2e-)?spec\\.ts$',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY_PACKAGES.join('|')})/).*/node_modules/`],
  // The generated Prisma client imports its .ts siblings with .js extensions (ESM style).
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // file-type exports only `import`/`module-sync` under `node`, which Jest's require does not match.
    '^file-type$': require('path').join(__dirname, 'node_modules/file-type/index.js'),
  },
  testTimeout: 30000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
};
