// The second (and every later) migration: replay the existing ones, diff, write the next.
// Runs on a temp copy of prisma/, never on the real schema.
import assert from 'node:assert/strict';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { createMigration } from './create-migration.ts';
import { dropDatabase } from './database-admin.ts';
import { deployMigrations } from './deploy.ts';
import { checkDrift } from './drift.ts';
import { LOCKFILE_CONTENT } from './migrations-dir.ts';
import { databaseUrlFromEnv } from './paths.ts';
import { copyProject, uniqueDatabaseUrl, type TempProject } from './test-support.ts';

let project: TempProject;
const databaseUrl = uniqueDatabaseUrl('create');

before(async () => {
  project = await copyProject();
});
after(async () => {
  await project.remove();
  await dropDatabase(databaseUrl);
});

test('an unchanged schema creates no migration', async () => {
  const result = await createMigration({ databaseUrl: databaseUrlFromEnv(), name: 'nothing', ...project });
  assert.equal(result.path, null);
  assert.match(result.message, /no changes/i);
});

test('a schema change becomes the next migration, which deploys after the existing ones', async () => {
  const before = await readdir(project.migrationsDir);
  // A ";" inside a string literal must survive being applied (see engine-adapter.ts).
  await appendFile(project.schemaPath, '\nmodel Throwaway {\n  id   Int    @id @default(autoincrement())\n  note String @default("a;b")\n}\n');

  const { path } = await createMigration({ databaseUrl: databaseUrlFromEnv(), name: 'Add throwaway', ...project });
  assert.ok(path);
  assert.equal(dirname(path), project.migrationsDir);
  assert.match(basename(path), /^\d{14}_add_throwaway$/);
  assert.ok(basename(path) > before.filter((f) => /^\d{14}_/.test(f)).sort().at(-1)!, 'sorts after the existing migrations');
  const sql = await readFile(join(path, 'migration.sql'), 'utf8');
  assert.match(sql, /-- CreateTable\nCREATE TABLE "Throwaway"/);
  assert.equal(await readFile(join(project.migrationsDir, 'migration_lock.toml'), 'utf8'), LOCKFILE_CONTENT);

  assert.equal(await checkDrift({ databaseUrl: databaseUrlFromEnv(), ...project }), '');
  const { applied } = await deployMigrations({ databaseUrl, ...project });
  assert.equal(applied.at(-1), basename(path));
});
