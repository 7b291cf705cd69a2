// Fills a fresh database with the seeded dataset of one scale: create, migrate, COPY, analyse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Algorithm, hash } from '@node-rs/argon2';
import { sampleFormDefinition } from '../../apps/api/src/seed/demo-call-form.ts';
import { createRandom } from '../lib/prng.mjs';
import { ROOT } from '../lib/paths.mjs';
import { benchDatabaseName, databaseUrl, deployMigrations, recreateDatabase, withClient } from '../lib/database.mjs';
import { BENCH_PASSWORD, scaleOf } from './scales.mjs';
import { makePlan } from './plan.mjs';
import { loadPlan } from './load.mjs';

const SEED = 20_261_130;

/** Returns { url, database, seconds, counts }. */
export async function generateDataset(scaleName, log = console.log) {
  const scale = scaleOf(scaleName);
  const started = Date.now();
  const database = benchDatabaseName(scaleName);
  const url = databaseUrl(database);
  log(`creating ${database} and applying migrations (pnpm db:deploy)`);
  await recreateDatabase(database);
  await deployMigrations(url);

  const reference = JSON.parse(readFileSync(join(ROOT, 'prisma/seed/latgale.json'), 'utf8'));
  const municipalities = reference.municipalities.map((m) => ({ code: m.code, nameLv: m.name_lv, nameEn: m.name_en, partner: m.partner }));
  // Dates hang on the day of generation so open calls are open whenever the data is made.
  const now = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  const plan = makePlan(scale, createRandom(SEED), municipalities, now);
  plan.reviewAssignmentsTarget = scale.reviewAssignments;
  const passwordHash = await hash(BENCH_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

  await withClient(url, async (client) => {
    await client.query('BEGIN');
    await loadPlan(client, plan, { municipalities, resourceCentres: reference.resource_centres, formDefinition: sampleFormDefinition(), passwordHash, now }, log);
    await client.query('COMMIT');
    // VACUUM too: a bulk-loaded table has no visibility map until autovacuum gets to it, and
    // without one every index-only scan reads the table as well (a running database has it).
    log('VACUUM (ANALYZE)');
    await client.query('VACUUM (ANALYZE)');
  });
  const seconds = (Date.now() - started) / 1000;
  log(`${database} ready in ${seconds.toFixed(1)} s`);
  return { url, database, seconds };
}
