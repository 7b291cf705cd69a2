// `prisma migrate deploy`, offline: apply every pending migration, recording each in
// `_prisma_migrations` the way Prisma does (the engine writes that table itself).
import { ensureDatabase } from './database-admin.ts';
import { readMigrationsList } from './migrations-dir.ts';
import { resolveProjectPaths, type ProjectOptions } from './paths.ts';
import { loadSchemaEngine } from './wasm-engine.ts';

/** `schemaPath` is not read: migrations are self-contained, as for `prisma migrate deploy`. */
export interface DeployOptions extends ProjectOptions {
  /** Warnings such as "a migration was edited after it was applied". Default: console.warn. */
  warn?: (message: string) => void;
}

export interface DeployResult {
  /** Names of the migrations applied by this call, in order; [] when up to date. */
  applied: string[];
}

export async function deployMigrations(options: DeployOptions): Promise<DeployResult> {
  const { migrationsDir } = resolveProjectPaths(options);
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const migrations = await readMigrationsList(migrationsDir);
  // Like `prisma migrate deploy`: nothing to apply is not an error.
  if (migrations.migrationDirectories.length === 0) return { applied: [] };

  await ensureDatabase(options.databaseUrl);
  const { engine, close } = await loadSchemaEngine(options.databaseUrl);
  try {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList: migrations,
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    });
    if (diagnosis.editedMigrationNames.length > 0) {
      warn(
        `The following migrations have been modified since they were applied:\n${diagnosis.editedMigrationNames.join('\n')}`,
      );
    }
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrations,
      filters: { externalTables: [], externalEnums: [] },
    });
    return { applied: appliedMigrationNames };
  } finally {
    await close();
  }
}
