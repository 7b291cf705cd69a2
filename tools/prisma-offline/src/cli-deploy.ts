// pnpm db:deploy: applies pending migrations to DATABASE_URL (creating the database if needed).
import { DEPLOY_USAGE, parseDeployArgs } from './cli-args.ts';
import { runCli } from './cli-run.ts';
import { redactUrl } from './database-admin.ts';
import { deployMigrations } from './deploy.ts';
import { databaseUrlFromEnv } from './paths.ts';

await runCli(async () => {
  if (parseDeployArgs(process.argv.slice(2)).help) {
    console.log(DEPLOY_USAGE);
    return;
  }
  const databaseUrl = databaseUrlFromEnv();
  const { applied } = await deployMigrations({ databaseUrl });
  if (applied.length === 0) {
    console.log(`No pending migrations to apply (${redactUrl(databaseUrl)}).`);
    return;
  }
  console.log(`Applied ${applied.length} migration(s) to ${redactUrl(databaseUrl)}:`);
  for (const name of applied) console.log(`  ${name}`);
});
