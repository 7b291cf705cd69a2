import { withAdminClient } from './database-admin';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.KOPA_TEST_TEMPLATE_DB;
  if (name) await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
