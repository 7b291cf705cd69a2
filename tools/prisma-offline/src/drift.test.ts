// Fails when prisma/schema.prisma and prisma/migrations disagree: someone changed the
// schema without running `pnpm db:migrate --name <name>` (or edited a migration).
import assert from 'node:assert/strict';
import { appendFile } from 'node:fs/promises';
import { test } from 'node:test';
import { checkDrift } from './drift.ts';
import { databaseUrlFromEnv } from './paths.ts';
import { copyProject } from './test-support.ts';

test('schema.prisma matches prisma/migrations (no drift)', async () => {
  const drift = await checkDrift({ databaseUrl: databaseUrlFromEnv() });
  assert.equal(drift, '', `schema.prisma has changes without a migration. Run: pnpm db:migrate --name <name>\n\n${drift}`);
});

test('a model missing from the migrations is reported as drift', async () => {
  const project = await copyProject();
  try {
    await appendFile(project.schemaPath, '\nmodel DriftProbe {\n  id Int @id\n}\n');
    const drift = await checkDrift({ databaseUrl: databaseUrlFromEnv(), ...project });
    assert.match(drift, /CREATE TABLE "DriftProbe"/);
  } finally {
    await project.remove();
  }
});
