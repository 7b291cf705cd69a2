// pnpm db:migrate --name <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the existing migrations up to prisma/schema.prisma.
import { MIGRATE_USAGE, parseMigrateArgs } from './cli-args.ts';
import { runCli } from './cli-run.ts';
import { createMigration } from './create-migration.ts';
import { redactUrl } from './database-admin.ts';
import { databaseUrlFromEnv } from './paths.ts';

await runCli(async () => {
  const args = parseMigrateArgs(process.argv.slice(2));
  if (args.help) {
    console.log(MIGRATE_USAGE);
    return;
  }
  const databaseUrl = databaseUrlFromEnv();
  console.log(`Replaying migrations into a scratch database on ${redactUrl(databaseUrl)} and diffing with schema.prisma...`);
  const result = await createMigration({ databaseUrl, name: args.name });
  console.log(result.message);
  if (result.path) console.log('Review the SQL, then apply it with: pnpm db:deploy');
});
