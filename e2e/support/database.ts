import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { MIGRATE_CLI, REPO_ROOT } from './paths';

const ADMIN_URL = process.env.E2E_ADMIN_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface E2eDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`e2e: cannot reach PostgreSQL at ${ADMIN_URL} (${(error as Error).message})`, { cause: error });
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for this run; nothing depends on leftovers. */
export async function createDatabase(): Promise<E2eDatabase> {
  const name = `kopa_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs a command from the repository root and fails with its output when it fails. */
function runStep(what: string, command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const output = [result.error?.message, result.stdout, result.stderr].filter(Boolean).join('\n');
    throw new Error(`e2e: ${what} failed (${command} ${args.join(' ')}, exit ${result.status}):\n${output}`);
  }
}

/** Applies the migrations with the project's own offline tool, exactly as a deployment does. */
export function migrate(databaseUrl: string): void {
  // tsx is resolved from e2e's own dependencies: the repository root does not have it.
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  runStep('applying migrations', process.execPath, ['--import', tsx, MIGRATE_CLI], { DATABASE_URL: databaseUrl });
}

export function seed(databaseUrl: string, demoPassword: string, env: Record<string, string> = {}): void {
  runStep('seeding demo data', 'pnpm', ['--filter', '@kopa/api', 'seed'], {
    DATABASE_URL: databaseUrl,
    DEMO_PASSWORD: demoPassword,
    ...env,
  });
}
