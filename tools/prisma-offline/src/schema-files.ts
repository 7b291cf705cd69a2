// The Prisma schema as the engine wants it: a list of {path, content}. Accepts one
// file or a folder of .prisma files (Prisma's multi-file schema).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SchemaContainer } from '@prisma/schema-engine-wasm/schema_engine_bg';

export type { SchemaContainer };

export async function readSchemaFiles(schemaPath: string): Promise<SchemaContainer[]> {
  if (!(await stat(schemaPath)).isDirectory()) {
    return [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }];
  }
  const names = (await readdir(schemaPath, { recursive: true })).filter((name) => name.endsWith('.prisma')).sort();
  if (names.length === 0) throw new Error(`No .prisma files in ${schemaPath}`);
  return Promise.all(names.map(async (name) => ({ path: join(schemaPath, name), content: await readFile(join(schemaPath, name), 'utf8') })));
}

/** The engine's constructor takes the same files as [path, content] pairs. */
export function toDatamodels(files: readonly SchemaContainer[]): Array<[string, string]> {
  return files.map((file) => [file.path, file.content]);
}
