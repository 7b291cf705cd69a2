import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { databaseUrl, uniqueDatabaseName, withAdminClient } from './database-admin';

/**
 * Migrates one template database per test run with the real migration tool; every test
 * file then copies it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  const name = uniqueDatabaseName('kopa_tpl');
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const tool = resolve(__dirname, '../../../../tools/prisma-offline');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli-deploy.ts'], {
    cwd: tool,
    env: { ...process.env, DATABASE_URL: databaseUrl(name) },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`Migrating the test template failed:\n${result.stdout}\n${result.stderr}`);
  }
  process.env.KOPA_TEST_TEMPLATE_DB = name;
}
