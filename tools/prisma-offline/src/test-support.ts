// Helpers for this package's tests: every test gets its own database and, when it
// writes migrations, its own copy of prisma/ in a temp folder.
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withDatabase } from './database-admin.ts';
import { databaseUrlFromEnv, defaultMigrationsDir, defaultSchemaPath } from './paths.ts';

/** A database name nobody else uses, on the server of DATABASE_URL (or the default). */
export function uniqueDatabaseUrl(label: string): string {
  return withDatabase(databaseUrlFromEnv(), `prisma_offline_test_${label}_${process.pid}_${randomBytes(3).toString('hex')}`);
}

export interface TempProject {
  migrationsDir: string;
  schemaPath: string;
  remove(): Promise<void>;
}

/** Copies the real schema.prisma and migrations, so tests can change them freely. */
export async function copyProject(): Promise<TempProject> {
  const root = await mkdtemp(join(tmpdir(), 'prisma-offline-test-'));
  const project = { migrationsDir: join(root, 'migrations'), schemaPath: join(root, 'schema.prisma') };
  await cp(defaultMigrationsDir, project.migrationsDir, { recursive: true });
  await cp(defaultSchemaPath, project.schemaPath);
  return { ...project, remove: () => rm(root, { recursive: true, force: true }) };
}
