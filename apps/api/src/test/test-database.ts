import { databaseUrl, uniqueDatabaseName, withAdminClient } from './database-admin';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, fully migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.KOPA_TEST_TEMPLATE_DB;
  if (!template) throw new Error('KOPA_TEST_TEMPLATE_DB is not set: run the tests through jest (global setup)');
  const name = uniqueDatabaseName('kopa_test');
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: databaseUrl(name),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
