// Creating and dropping whole databases. These statements cannot run inside the
// database they target, so they go through the server's `postgres` maintenance database.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const MAINTENANCE_DATABASE = 'postgres';
// A concurrent CREATE DATABASE of the same name fails with either code.
const DATABASE_ALREADY_CREATED = new Set(['42P04' /* duplicate_database */, '23505' /* unique_violation */]);

export function databaseNameOf(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`DATABASE_URL names no database: ${redactUrl(databaseUrl)}`);
  return name;
}

/** The same server, user and parameters, another database. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** For messages: never print a password. */
export function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '<invalid URL>';
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withMaintenanceClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(databaseUrl, MAINTENANCE_DATABASE) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates the database of `databaseUrl` unless it exists. Returns true if it created it. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseNameOf(databaseUrl);
  return withMaintenanceClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      return true;
    } catch (error) {
      // Another process (a parallel test worker) created it first: that is fine.
      if (DATABASE_ALREADY_CREATED.has((error as { code?: string }).code ?? '')) return false;
      throw error;
    }
  });
}

/** Drops the database of `databaseUrl`, disconnecting anyone still using it. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  await withMaintenanceClient(databaseUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  );
}

/** A fresh, empty database on the server of `databaseUrl`; the caller drops it. */
export async function createScratchDatabase(databaseUrl: string, prefix = 'prisma_offline_scratch'): Promise<string> {
  const scratchUrl = withDatabase(databaseUrl, `${prefix}_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(scratchUrl);
  return scratchUrl;
}
