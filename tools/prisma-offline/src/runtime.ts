// The schema engine's JavaScript side (WASM glue, @prisma/adapter-pg, pg) is loaded with
// Node's own module loader, never through a test runner's sandbox:
// - the glue is an ES module; Node >= 20.19 can `require` it, but Jest's CommonJS
//   registry cannot (it refuses untranspiled ESM from node_modules);
// - the engine checks `instanceof Promise`/`Uint8Array` on what the adapter hands it,
//   so glue, adapter and pg must live in one realm, not half in Jest's vm context.
// Under Jest `createRequire` returns Jest's sandboxed require; the static `Module._load`
// (which Jest copies from Node's Module) still loads into Node's own cache and realm.
import NodeModule, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from './paths.ts';

type EngineBindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
type PgModule = typeof import('pg');
type AdapterPgModule = typeof import('@prisma/adapter-pg');
type DriverAdapterUtilsModule = typeof import('@prisma/driver-adapter-utils');

export interface EngineRuntime {
  bindings: EngineBindings;
  wasmPath: string;
  pg: PgModule;
  PrismaPg: AdapterPgModule['PrismaPg'];
  bindMigrationAwareSqlAdapterFactory: DriverAdapterUtilsModule['bindMigrationAwareSqlAdapterFactory'];
}

const resolveFromPackage = createRequire(join(packageRoot, 'package.json'));

type ModuleLoad = (request: string, parent: null, isMain: boolean) => unknown;

function hostRequire<T>(id: string): T {
  const path = resolveFromPackage.resolve(id);
  const load = (NodeModule as unknown as { _load?: ModuleLoad })._load;
  return (load ? load(path, null, false) : resolveFromPackage(path)) as T;
}

let runtime: EngineRuntime | undefined;

export function engineRuntime(): EngineRuntime {
  runtime ??= {
    bindings: hostRequire<EngineBindings>('@prisma/schema-engine-wasm/schema_engine_bg'),
    // The package exports no path for the .wasm file; it sits next to the glue.
    wasmPath: join(dirname(resolveFromPackage.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm'),
    pg: hostRequire<PgModule>('pg'),
    PrismaPg: hostRequire<AdapterPgModule>('@prisma/adapter-pg').PrismaPg,
    bindMigrationAwareSqlAdapterFactory: hostRequire<DriverAdapterUtilsModule>('@prisma/driver-adapter-utils')
      .bindMigrationAwareSqlAdapterFactory,
  };
  return runtime;
}
