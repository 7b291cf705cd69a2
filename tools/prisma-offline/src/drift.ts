// Drift = schema.prisma says something the migrations do not (or the other way round).
import { nextMigrationScript } from './next-migration.ts';
import type { ProjectOptions } from './paths.ts';

/**
 * Returns the SQL the next migration would contain; '' means schema.prisma and the
 * migrations folder agree. `databaseUrl` only locates the server (a scratch database
 * is used; the named database is not touched).
 */
export function checkDrift(options: ProjectOptions): Promise<string> {
  return nextMigrationScript(options);
}
