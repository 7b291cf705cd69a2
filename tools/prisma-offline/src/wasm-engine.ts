// Prisma's schema engine compiled to WASM (@prisma/schema-engine-wasm). The package is
// built for bundlers (`import * as wasm from "./x.wasm"`), so in plain Node we
// instantiate the .wasm ourselves and hand its exports to the JS glue.
import { readFileSync } from 'node:fs';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { createEngineAdapterFactory, type EngineAdapterOptions } from './engine-adapter.ts';
import { engineRuntime } from './runtime.ts';

export type { SchemaEngine };

export interface LoadedSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connection pool. */
  close(): Promise<void>;
}

export interface LoadSchemaEngineOptions extends EngineAdapterOptions {
  /** Prisma schema files as [path, content]; the engine only needs them for some commands. */
  datamodels?: Array<[string, string]>;
  /** Receives the engine's log lines (JSON strings). Default: ignored. */
  log?: (line: string) => void;
}

let wasmReady: Promise<void> | undefined;

/**
 * The engine arms timers (e.g. a 10 s lock timeout) and never clears them, which kept
 * every CLI run alive 10 s after its work was done. Unref'd timers still fire while
 * the process lives but no longer hold it open.
 */
function unrefSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  return setTimeout(callback, ms >>> 0).unref();
}

/** The glue module's exports are the WASM imports; only setTimeout is replaced. */
function engineImports(bindings: object): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(bindings as WebAssembly.ModuleImports) };
  for (const name of Object.keys(imports)) {
    if (name.startsWith('__wbg_setTimeout_')) imports[name] = unrefSetTimeout;
  }
  return imports;
}

/** A live engine calls back into the glue; re-initialising it would break that engine. */
function isInitialised(bindings: { version(): string }): boolean {
  try {
    bindings.version();
    return true;
  } catch {
    return false;
  }
}

/**
 * Instantiates the WASM module once per process. The glue keeps the instance in its own
 * module state, which is shared even when this file is loaded twice (Jest's per-file
 * registries), so the check is made on the glue, not on a variable here.
 */
function initWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const { bindings, wasmPath } = engineRuntime();
    if (isInitialised(bindings)) return;
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': engineImports(bindings),
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })().catch((error: unknown) => {
    wasmReady = undefined; // let a later call retry
    throw error;
  });
  return wasmReady;
}

/**
 * Loads the schema engine connected to `connectionString` through @prisma/adapter-pg
 * (pg pools with the `"char"` fix; see engine-adapter.ts). Call `close()` when done.
 */
export async function loadSchemaEngine(
  connectionString: string,
  options: LoadSchemaEngineOptions = {},
): Promise<LoadedSchemaEngine> {
  await initWasm();
  const { bindings, bindMigrationAwareSqlAdapterFactory } = engineRuntime();
  const factory = createEngineAdapterFactory(connectionString, options);
  let engine: SchemaEngine;
  try {
    engine = await bindings.SchemaEngine.new(
      { datamodels: options.datamodels },
      options.log ?? (() => {}),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await factory.close();
    throw error;
  }
  let closed = false;
  return {
    engine,
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await factory.close();
    },
  };
}
