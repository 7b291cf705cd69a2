// The SQL that would turn "all existing migrations" into "the schema's datamodel".
// Diffing from a migrations folder makes the engine replay the migrations into a shadow
// database, describe the result and compare it with the schema. We hand it one empty
// scratch database as both main and shadow connection, and always drop it afterwards.
import { createScratchDatabase, dropDatabase } from './database-admin.ts';
import { readMigrationsList, withDefaultLockfile } from './migrations-dir.ts';
import { resolveProjectPaths, type ProjectOptions } from './paths.ts';
import { readSchemaFiles, toDatamodels } from './schema-files.ts';
import { loadSchemaEngine } from './wasm-engine.ts';

/** With `exitCode: true` the engine reports 2 for a non-empty diff and 0 for none. */
const DIFF_NOT_EMPTY = 2;

export async function nextMigrationScript(options: ProjectOptions): Promise<string> {
  const { migrationsDir, schemaPath } = resolveProjectPaths(options);
  const [migrations, schemaFiles] = await Promise.all([
    readMigrationsList(migrationsDir).then(withDefaultLockfile),
    readSchemaFiles(schemaPath),
  ]);

  const scratchUrl = await createScratchDatabase(options.databaseUrl);
  try {
    const { engine, close } = await loadSchemaEngine(scratchUrl, {
      datamodels: toDatamodels(schemaFiles),
      shadowDatabaseUrl: scratchUrl,
    });
    try {
      const result = await engine.diff({
        from: { tag: 'migrations', ...migrations },
        to: { tag: 'schemaDatamodel', files: schemaFiles },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.exitCode === DIFF_NOT_EMPTY ? (result.stdout ?? '') : '';
    } finally {
      await close();
    }
  } finally {
    await dropDatabase(scratchUrl);
  }
}
