/** API tests run against real PostgreSQL, Redis and an in-process SMTP server. */
const swcrc = JSON.parse(require('fs').readFileSync(__dirname + '/.swcrc', 'utf8'));
module.exports = {
  testEnvironment: 'node',
  rootDir: 'src',
  testRegex: '.*\\.(e2e-)?spec\\.ts$',
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  testTimeout: 30000,
  maxWorkers: 2,
};
