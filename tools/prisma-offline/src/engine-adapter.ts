// The driver adapter the schema engine talks through: @prisma/adapter-pg, with
// - pools whose clients present `"char"` columns as text (see pg-char-fix.ts);
// - whole-script execution: adapter-pg runs a script by splitting it on every ";",
//   which breaks SQL with a ";" inside a string, comment or function body and leaves
//   half-applied migrations. Prisma's native engine sends the script as one
//   simple-protocol query, which PostgreSQL runs as one implicit transaction. We do too.
// - a shadow database we control: the engine replays migrations into the database that
//   `connectToShadowDb` returns (for `diff` from a migrations folder).
import type { Pool } from 'pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createScratchDatabase, dropDatabase } from './database-admin.ts';
import { createCharAsTextPool } from './pg-char-fix.ts';
import { engineRuntime } from './runtime.ts';

export interface EngineAdapterOptions {
  /**
   * Database the engine may use as its shadow database (it must be empty and is not
   * dropped). Default: a scratch database created on demand and dropped afterwards.
   */
  shadowDatabaseUrl?: string;
}

export interface EngineAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Ends every pool and drops the scratch shadow databases this factory created. */
  close(): Promise<void>;
}

async function connectWholeScript(pool: Pool): Promise<SqlDriverAdapter> {
  const { PrismaPg } = engineRuntime();
  const adapter = await new PrismaPg(pool).connect();
  // onError turns a pg error into the DriverAdapterError the engine understands.
  const fail = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = (script: string) => pool.query(script).then(() => undefined, fail);
  return adapter;
}

export function createEngineAdapterFactory(connectionString: string, options: EngineAdapterOptions = {}): EngineAdapterFactory {
  const { pg, PrismaPg } = engineRuntime();
  const pools: Pool[] = [];
  const scratchDatabases: string[] = [];

  const openPool = (url: string): Pool => {
    const pool = createCharAsTextPool(pg, url);
    // A dropped connection of an idle client must not crash the process.
    pool.on('error', () => {});
    pools.push(pool);
    return pool;
  };
  const mainPool = openPool(connectionString);
  const { provider, adapterName } = new PrismaPg(mainPool);

  return {
    provider,
    adapterName,
    connect: () => connectWholeScript(mainPool),
    async connectToShadowDb() {
      let shadowUrl = options.shadowDatabaseUrl;
      if (!shadowUrl) {
        shadowUrl = await createScratchDatabase(connectionString, 'prisma_offline_shadow');
        scratchDatabases.push(shadowUrl);
      }
      return connectWholeScript(openPool(shadowUrl));
    },
    async close() {
      await Promise.all(pools.splice(0).map((pool) => pool.end()));
      await Promise.all(scratchDatabases.splice(0).map((url) => dropDatabase(url)));
    },
  };
}
