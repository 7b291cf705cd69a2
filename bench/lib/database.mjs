// The benchmark's own databases: created fresh and migrated with the project's own tool.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { ROOT } from './paths.mjs';

export const ADMIN_URL = process.env.BENCH_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** kopa_bench_<scale>: never the dev database. */
export function benchDatabaseName(scale) {
  return `kopa_bench_${scale}`;
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(name) {
  return withClient(ADMIN_URL, async (client) => (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

export async function recreateDatabase(name) {
  await withClient(ADMIN_URL, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** `pnpm db:deploy` against the given database: the same migrations production applies. */
export function deployMigrations(url) {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['db:deploy'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pnpm db:deploy failed (exit ${code}):\n${output}`))));
  });
}
