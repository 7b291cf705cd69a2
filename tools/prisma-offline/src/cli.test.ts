import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDeployArgs, parseMigrateArgs, UsageError } from './cli-args.ts';
import { formatError } from './cli-run.ts';
import { newMigrationFolderName, slugifyMigrationName } from './migration-name.ts';
import { DEFAULT_DATABASE_URL, databaseUrlFromEnv } from './paths.ts';

test('--name is accepted as "--name x", "--name=x", "-n x" and after a forwarded "--"', () => {
  for (const argv of [['--name', 'init'], ['--name=init'], ['-n', 'init'], ['--', '--name', 'init']]) {
    assert.deepEqual(parseMigrateArgs(argv), { help: false, name: 'init' }, argv.join(' '));
  }
});

test('a missing or empty --name is a usage error that says so', () => {
  for (const argv of [[], ['--name'], ['--name='], ['init']]) {
    assert.throws(() => parseMigrateArgs(argv), (error: unknown) => error instanceof UsageError && /--name/.test(error.message), argv.join(' '));
  }
  assert.throws(() => parseDeployArgs(['--name', 'x']), UsageError);
  assert.deepEqual(parseDeployArgs(['--']), { help: false });
});

test('migration names are slugified like Prisma does', () => {
  assert.equal(slugifyMigrationName('init'), 'init');
  assert.equal(slugifyMigrationName('Add call attachments!'), 'add_call_attachments');
  assert.equal(slugifyMigrationName('addUserTable'), 'add_user_table');
  assert.equal(slugifyMigrationName('Pārskata statuss'), 'parskata_statuss');
  assert.throws(() => newMigrationFolderName('***', []));
});

test('a new folder sorts after every existing one, even within the same second', () => {
  const now = new Date('2026-11-25T10:20:30Z');
  assert.equal(newMigrationFolderName('x', [], now), '20261125102030_x');
  assert.equal(newMigrationFolderName('y', ['20261125102030_x'], now), '20261125102031_y');
  assert.equal(newMigrationFolderName('y', ['20271231235959_future'], now), '20280101000000_y');
});

test('DATABASE_URL defaults to the local kopa database', () => {
  assert.equal(databaseUrlFromEnv({}), DEFAULT_DATABASE_URL);
  assert.equal(databaseUrlFromEnv({ DATABASE_URL: 'postgresql://u@h:1/d' }), 'postgresql://u@h:1/d');
});

test('engine errors lose their Rust trace but keep code and migration name', () => {
  const error = Object.assign(
    new Error('external connector error\nNo such table: nope\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="20260101000001_b"'),
    { code: 'P3018' },
  );
  assert.equal(formatError(error), 'Error P3018: external connector error\nNo such table: nope\nMigration: 20260101000001_b');
});
