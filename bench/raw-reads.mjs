// pnpm bench:raw-reads [--scale national] [--count 3000]: the CPU one statement of the coordinator's
// list costs through Prisma's $queryRaw and through PrismaService.readRaw (the driver adapter
// directly), one query after another in this process, split into the main thread and V8's helper
// threads (its garbage collector). Why the hot reads use readRaw: bench/README.md, round 6.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BIG_CALL_CODE } from './data/scales.mjs';
import { benchDatabaseName, databaseExists, databaseUrl } from './lib/database.mjs';
import { ROOT } from './lib/paths.mjs';
import { cpuMsByThread, productionNodeArgs } from './lib/processes.mjs';

// Measured with the heap production has (docker/Dockerfile's NODE_OPTIONS): run again under them.
if (!process.env.KOPA_RAW_READS_CHILD) {
  const child = spawnSync(process.execPath, [...productionNodeArgs(), ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, KOPA_RAW_READS_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'national' }, count: { type: 'string', default: '3000' } } });
const count = Number(values.count);
const database = benchDatabaseName(values.scale);
if (!(await databaseExists(database))) throw new Error(`${database} is missing: run pnpm bench:data --scale ${values.scale}`);

const require = createRequire(join(ROOT, 'apps/api/package.json'));
const { PrismaService } = require('./dist/prisma/prisma.service.js');
const { Prisma } = require('./dist/generated/prisma/client.js');
const prisma = new PrismaService({ DATABASE_URL: databaseUrl(database) });

async function measure(label, run) {
  for (let i = 0; i < 300; i++) await run(); // JIT and pool warm
  const before = cpuMsByThread(process.pid);
  const started = performance.now();
  for (let i = 0; i < count; i++) await run();
  const wallMs = performance.now() - started;
  const after = cpuMsByThread(process.pid);
  const delta = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) / count;
  const main = delta('MainThread');
  const gc = Object.keys(after).filter((name) => name.startsWith('V8Worker')).reduce((sum, name) => sum + delta(name), 0);
  console.log(`${label.padEnd(10)} CPU ms/query ${(main + gc).toFixed(3)} (main thread ${main.toFixed(3)}, V8 helpers ${gc.toFixed(3)}), wall ${(wallMs / count).toFixed(3)} ms`);
}

const [{ id: callId }] = await prisma.$queryRaw`SELECT id::text AS id FROM "Call" WHERE code = ${BIG_CALL_CODE}`;
// The coordinator's list as the repository sends it: one page of 50 of the call's submitted applications in one municipality.
const page = () => Prisma.sql`
  SELECT a.id::text AS id, a."referenceNumber", a."organisationId"::text AS "organisationId", a."projectTitle", a."requestedCents",
         a.status::text AS status, a."submittedAt", o."legalName", o.type::text AS "organisationType", o."municipalityCode",
         o."contactEmail", o."contactPhone", count(*) OVER () AS total
  FROM "Application" a JOIN "Organisation" o ON o.id = a."organisationId"
  WHERE a."callId" = ${callId}::uuid AND a.status = ${'submitted'}::"ApplicationStatus"
  ORDER BY a."requestedCents" DESC, a.id ASC LIMIT ${50} OFFSET ${0}`;

console.log(`${count} queries of one 50-row page of ${BIG_CALL_CODE}, one at a time (${process.execArgv.join(' ') || 'default V8 flags'})`);
try {
  for (let round = 0; round < 2; round++) {
    await measure('$queryRaw', () => prisma.$queryRaw(page()));
    await measure('readRaw', () => prisma.readRaw(page()));
  }
} finally {
  await prisma.onModuleDestroy();
}
