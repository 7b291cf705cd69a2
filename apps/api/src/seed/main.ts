// pnpm db:seed: loads the demo data into DATABASE_URL. Safe to run again.
import { createPrismaClient } from '../prisma/prisma.service';
import { DEFAULT_DEMO_PASSWORD, seedDemo, type SeedResult } from './seed';
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
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error);
  process.exit(1);
});
