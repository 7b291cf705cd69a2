import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { API_TYPES_FILE, renderApiTypes } from './api-types';
import { buildOfflineOpenApiDocument } from './offline-document';

/** `pnpm api:client`: rewrites the web app's API types from the controllers (no server, database or Redis). */
async function main(): Promise<void> {
  const types = await renderApiTypes(await buildOfflineOpenApiDocument());
  mkdirSync(dirname(API_TYPES_FILE), { recursive: true });
  writeFileSync(API_TYPES_FILE, types);
  console.log(`wrote ${relative(process.cwd(), API_TYPES_FILE)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
