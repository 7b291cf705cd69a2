// Argument parsing for the CLIs. `pnpm db:migrate --name x` reaches us through two
// pnpm hops, which may forward a literal "--" separator; `--name x`, `--name=x` and
// `-n x` are accepted.
import { parseArgs } from 'node:util';

/** Wrong or missing arguments: reported with the usage line, exit code 2. */
export class UsageError extends Error {}

export const MIGRATE_USAGE = 'Usage: pnpm db:migrate --name <migration_name>   (e.g. --name add_call_attachments)';
export const DEPLOY_USAGE = 'Usage: pnpm db:deploy   (applies pending migrations to DATABASE_URL)';

export type MigrateArgs = { help: true } | { help: false; name: string };

export function parseMigrateArgs(argv: readonly string[]): MigrateArgs {
  let values: { name?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: { name: { type: 'string', short: 'n' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${MIGRATE_USAGE}`);
  }
  if (values.help) return { help: true };
  const name = values.name?.trim();
  if (!name) throw new UsageError(`Missing --name: the new migration needs a name.\n${MIGRATE_USAGE}`);
  return { help: false, name };
}

export function parseDeployArgs(argv: readonly string[]): { help: boolean } {
  const args = argv.filter((arg) => arg !== '--');
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) return { help: true };
  if (args.length > 0) throw new UsageError(`Unexpected arguments: ${args.join(' ')}\n${DEPLOY_USAGE}`);
  return { help: false };
}
