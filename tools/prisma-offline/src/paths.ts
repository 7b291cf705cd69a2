// Every path is anchored at this package's own location, so the tools behave the
// same whichever directory they are started from (root script, filter, test harness).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tools/prisma-offline */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The monorepo root. */
export const repoRoot = resolve(packageRoot, '../..');

export const defaultSchemaPath = resolve(repoRoot, 'prisma/schema.prisma');
export const defaultMigrationsDir = resolve(repoRoot, 'prisma/migrations');

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/kopa';

/** DATABASE_URL is the only setting the tools read from the environment. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** What every command needs to know; paths default to the repository's prisma/ folder. */
export interface ProjectOptions {
  /** Any database on the target server; deploy migrates this one. */
  databaseUrl: string;
  migrationsDir?: string;
  /** schema.prisma, or a folder of .prisma files. */
  schemaPath?: string;
}

export function resolveProjectPaths(options: ProjectOptions): { migrationsDir: string; schemaPath: string } {
  return {
    migrationsDir: resolve(options.migrationsDir ?? defaultMigrationsDir),
    schemaPath: resolve(options.schemaPath ?? defaultSchemaPath),
  };
}
