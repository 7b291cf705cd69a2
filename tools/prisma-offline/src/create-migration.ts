// `prisma migrate dev --create-only`, offline: write the next migration folder.
import { newMigrationFolderName } from './migration-name.ts';
import { readMigrationsList, writeMigration } from './migrations-dir.ts';
import { nextMigrationScript } from './next-migration.ts';
import { resolveProjectPaths, type ProjectOptions } from './paths.ts';

export interface CreateMigrationOptions extends ProjectOptions {
  /** Free text; becomes the snake_case suffix of the folder name. */
  name: string;
  /** Clock for the folder's timestamp (tests). */
  now?: Date;
}

export interface CreateMigrationResult {
  /** The new migration folder, or null when the schema needs no change. */
  path: string | null;
  message: string;
}

export async function createMigration(options: CreateMigrationOptions): Promise<CreateMigrationResult> {
  const { migrationsDir } = resolveProjectPaths(options);
  const existing = (await readMigrationsList(migrationsDir)).migrationDirectories.map((dir) => dir.path);
  // Validate the name before the (slow) diff.
  const folderName = newMigrationFolderName(options.name, existing, options.now);

  const script = await nextMigrationScript(options);
  if (!script) {
    return { path: null, message: 'No changes: schema.prisma matches the existing migrations.' };
  }
  const path = await writeMigration(migrationsDir, folderName, script);
  return { path, message: `Created ${path}` };
}
