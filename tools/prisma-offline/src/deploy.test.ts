import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { dropDatabase } from './database-admin.ts';
import { deployMigrations } from './deploy.ts';
import { readMigrationsList } from './migrations-dir.ts';
import { defaultMigrationsDir, defaultSchemaPath } from './paths.ts';
import { uniqueDatabaseUrl } from './test-support.ts';

const databaseUrl = uniqueDatabaseUrl('deploy');
let migrationNames: string[];

/** Table names of the schema's models (@@map respected). */
async function modelTables(): Promise<string[]> {
  const schema = await readFile(defaultSchemaPath, 'utf8');
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)]
    .map(([, model, body]) => /@@map\(\s*"([^"]+)"\s*\)/.exec(body ?? '')?.[1] ?? model!)
    .sort();
}

async function query<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

before(async () => {
  migrationNames = (await readMigrationsList(defaultMigrationsDir)).migrationDirectories.map((dir) => dir.path);
  assert.ok(migrationNames.length > 0, 'prisma/migrations has no migrations');
});
after(() => dropDatabase(databaseUrl));

test('deploy creates a missing database and applies every migration', async () => {
  const { applied } = await deployMigrations({ databaseUrl });
  assert.deepEqual(applied, migrationNames);

  const tables = await query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
  );
  assert.deepEqual(tables.map((t) => t.table_name).sort(), await modelTables());
});

test('_prisma_migrations rows are what Prisma writes (sha256 checksum of migration.sql)', async () => {
  const rows = await query<{
    migration_name: string;
    checksum: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
    applied_steps_count: number;
  }>('SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY started_at');
  assert.deepEqual(rows.map((r) => r.migration_name), migrationNames);
  for (const row of rows) {
    const sql = await readFile(join(defaultMigrationsDir, row.migration_name, 'migration.sql'));
    assert.equal(row.checksum, createHash('sha256').update(sql).digest('hex'), row.migration_name);
    assert.ok(row.finished_at, `${row.migration_name} not finished`);
    assert.equal(row.rolled_back_at, null);
    assert.equal(row.applied_steps_count, 1);
  }
});

test('a second deploy applies nothing', async () => {
  assert.deepEqual(await deployMigrations({ databaseUrl }), { applied: [] });
});
