import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { OpenAPIObject } from '@nestjs/swagger';

/** The committed TypeScript types of the API that the web app's client is typed by. */
export const API_TYPES_FILE = resolve(__dirname, '../../../web/src/lib/generated/api-schema.d.ts');

/** The command that rewrites API_TYPES_FILE; stale-file messages name it. */
export const API_TYPES_COMMAND = 'pnpm api:client';

const HEADER = `// Generated from the API's OpenAPI document by \`${API_TYPES_COMMAND}\`. Do not edit: change the API, then run it.\n`;

/**
 * Runs openapi-typescript over the document. A field with a default is optional in a request (the
 * API fills it in); response schemas list what they always contain as required themselves.
 * openapi-typescript is an ES module with a CLI, so it runs in a child process: the same code
 * path under Jest (which cannot load it) and under Node.
 */
export async function renderApiTypes(document: OpenAPIObject): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'kopa-api-types-'));
  try {
    const input = join(folder, 'openapi.json');
    const output = join(folder, 'api-schema.d.ts');
    await writeFile(input, JSON.stringify(document));
    const cli = join(dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');
    await promisify(execFile)(process.execPath, [cli, input, '--output', output, '--default-non-nullable=false'], { env: { ...process.env, NO_COLOR: '1' } });
    return HEADER + (await readFile(output, 'utf8'));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
