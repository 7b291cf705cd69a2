// The schema engine's catalog queries return PostgreSQL's internal `"char"` type
// (oid 18, e.g. pg_class.relkind). @prisma/adapter-pg has no column type for it and
// fails with "Column type 'char' could not be deserialized". pg already delivers
// those values as strings, so re-labelling the fields as `text` (oid 25) is enough.
// Applied only to the pool handed to the schema engine, never to the app's clients.
import type { Client, Pool, QueryResult } from 'pg';

type PgModule = typeof import('pg');

const CHAR_OID = 18;
const TEXT_OID = 25;

function presentCharAsText<T>(result: T): T {
  // A multi-statement simple query yields one result per statement.
  const results = (Array.isArray(result) ? result : [result]) as Array<Partial<QueryResult> | undefined>;
  for (const r of results) {
    for (const field of r?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/** A pg Pool whose clients report `"char"` columns as `text`. */
export function createCharAsTextPool(pg: PgModule, connectionString: string): Pool {
  const baseQuery = pg.Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

  class CharAsTextClient extends pg.Client {}
  // `query` has many overloads (promise, callback, submittable); patch results in all of
  // them without re-declaring each signature.
  Object.defineProperty(CharAsTextClient.prototype, 'query', {
    configurable: true,
    writable: true,
    value: function query(this: Client, ...args: unknown[]): unknown {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (err: unknown, res: unknown) => callback(err, err ? res : presentCharAsText(res));
        return baseQuery.apply(this, args);
      }
      const out = baseQuery.apply(this, args);
      return isPromiseLike(out) ? out.then(presentCharAsText) : out;
    },
  });

  return new pg.Pool({ connectionString, Client: CharAsTextClient });
}
