// Public API of @kopa/prisma-offline. See README.md.
export { loadSchemaEngine } from './wasm-engine.ts';
export type { LoadedSchemaEngine, LoadSchemaEngineOptions, SchemaEngine } from './wasm-engine.ts';
export { deployMigrations } from './deploy.ts';
export type { DeployOptions, DeployResult } from './deploy.ts';
export { createMigration } from './create-migration.ts';
export type { CreateMigrationOptions, CreateMigrationResult } from './create-migration.ts';
export { checkDrift } from './drift.ts';
export { ensureDatabase, dropDatabase, withDatabase } from './database-admin.ts';
export { DEFAULT_DATABASE_URL, databaseUrlFromEnv, defaultMigrationsDir, defaultSchemaPath, repoRoot } from './paths.ts';
export type { ProjectOptions } from './paths.ts';
