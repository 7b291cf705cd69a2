// pnpm db:seed: loads the demo data into DATABASE_URL. Safe to run again.
import { createPrismaClient } from '../prisma/prisma.service';
import { randomBytes } from 'node:crypto';
import { createApp } from '../app.factory';
import { OutboxRelay } from '../jobs/outbox.relay';
import { parseEnv } from '../config/env.schema';
import { DEFAULT_DEMO_PASSWORD, demoEmail, seedDemo, seedDemoProjects, type SeedResult } from './seed';
import { DEFAULT_DEMO_TOTP_SECRET, seedDemoStaffTotp, type DemoTotpAccount } from './demo-totp';

const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/kopa';

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

function report(result: SeedResult, databaseUrl: string, passwordFromEnv: boolean): string {
  const width = Math.max(...result.accounts.map((a) => a.role.length));
  const lines = result.accounts.map((a) => `  ${a.role.padEnd(width)}  ${a.email}${a.created ? '' : '  *'}`);
  const kept = result.accounts.some((a) => !a.created)
    ? ['  * already existed: its password was left as it was']
    : [];
  const password = passwordFromEnv
    ? 'the value of DEMO_PASSWORD'
    : `${DEFAULT_DEMO_PASSWORD}   (default; set DEMO_PASSWORD to choose another)`;
  return [
    `Demo data is in ${redact(databaseUrl)}.`,
    'Demo accounts (e-mail verified):',
    ...lines,
    ...kept,
    `Password: ${password}`,
  ].join('\n');
}

function totpReport(accounts: DemoTotpAccount[]): string {
  return [
    'Coordinators and admins sign in with a second step (TOTP). Demo staff share one secret:',
    ...accounts.map((a) => `  ${a.email}${a.enrolled ? '' : '  (already had its own; left as it was)'}`),
    `  secret ${accounts[0]?.otpauthUri.match(/secret=([A-Z2-7]+)/)?.[1] ?? ''} — add it to an authenticator app, or run \`pnpm demo:code\` for the current code`,
  ].join('\n');
}

/**
 * Boots the API in process (no port) on the same database for the seed steps that go through
 * the app's own routes. Under `pnpm start` the environment is the app's; a bare `pnpm db:seed`
 * falls back to the local Redis and SMTP and a throwaway cookie key (the sessions it makes are
 * the seed's own and never leave it).
 */
async function seedWithApp(databaseUrl: string, run: (app: Awaited<ReturnType<typeof createApp>>) => Promise<void>): Promise<void> {
  const config = parseEnv({
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    SMTP_URL: process.env.SMTP_URL || 'smtp://127.0.0.1:1025',
    COOKIE_SECRET: process.env.COOKIE_SECRET || randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    WRITE_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const app = await createApp(config);
  try {
    await app.getHttpAdapter().getInstance().ready();
    // This app relays nothing to the queues: the mail its requests put in the outbox (decision
    // letters, confirmations) is sent by the app that serves the database, on its own queue prefix.
    await app.get(OutboxRelay).onModuleDestroy();
    await run(app);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const passwordFromEnv = Boolean(process.env.DEMO_PASSWORD);
  const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  const prisma = createPrismaClient(databaseUrl);
  try {
    const result = await seedDemo(prisma, { password });
    console.log(report(result, databaseUrl, passwordFromEnv));
    // The TOTP secret is stored encrypted with a key from COOKIE_SECRET: without it, staff enrol at first sign-in.
    const cookieSecret = process.env.COOKIE_SECRET;
    const totpSecret = process.env.DEMO_TOTP_SECRET || DEFAULT_DEMO_TOTP_SECRET;
    if (cookieSecret) console.log(totpReport(await seedDemoStaffTotp(prisma, { cookieSecret, secret: totpSecret })));
    else console.log('COOKIE_SECRET is not set: the coordinator and admin set up two-step sign-in at their first sign-in.');
    // The funded projects are made through the app's routes as the coordinator, who needs two-step sign-in for them.
    const coordinator = await prisma.user.findUniqueOrThrow({ where: { email: demoEmail('coordinator') } });
    if (coordinator.totpEnabledAt) {
      await seedWithApp(databaseUrl, (app) => seedDemoProjects(app, prisma, { password }));
      console.log('Work in progress: last year\'s call decided with five funded projects, this autumn\'s call under review, booked consultations and event registrations (README, "Demo accounts").');
    } else {
      console.log('The work in progress (funded projects, reviews, bookings) is added by a seed run with COOKIE_SECRET set, as under `pnpm start`.');
    }
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error);
  process.exit(1);
});
