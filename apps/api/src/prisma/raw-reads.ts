import { ColumnTypeEnum, type ArgType, type ColumnType, type SqlDriverAdapter, type SqlQuery, type SqlResultSet } from '@prisma/driver-adapter-utils';
import { Prisma } from '../generated/prisma/client';

/**
 * Read-only statements asked on every request (the session behind a cookie, a call's reader,
 * the coordinator's page of a call) run on Prisma's driver adapter directly, without the
 * client's query interpreter on top. For a 50-row page that layer doubled the CPU of the query
 * and, holding each result past a young-generation GC, kept V8's collector busy on a second
 * core (bench/README.md, round 6). The rows come back as `$queryRaw` gives them (bigint for
 * int8, Decimal for numeric, Date for timestamps, parsed JSON), which raw-reads.e2e-spec.ts
 * checks column type by column type. Exports read through a cursor here too (`inBatches`): a
 * 20,000-row export through the client left its batches for the old generation to collect.
 * Writes and other transactions stay with the client.
 */
export class RawReads {
  constructor(private readonly adapter: Promise<SqlDriverAdapter>) {}

  async rows<Row>(query: Prisma.Sql): Promise<Row[]> {
    return toRows<Row>(await (await this.adapter).queryRaw(toSqlQuery(query)));
  }

  /**
   * Runs one query and hands its rows to `onBatch`, `batch` at a time, through a server-side
   * cursor: the query runs once (one snapshot) however many rows it yields, and memory holds
   * one batch. Paging with OFFSET instead would run the query again for every page. The cursor
   * lives in a transaction that stays open while `onBatch` works (an export waits for its
   * client to take each batch), at most `timeoutMs`: then it is rolled back, its connection
   * goes back to the pool and the returned promise rejects.
   */
  async inBatches<Row>(query: Prisma.Sql, batch: number, onBatch: (rows: Row[]) => Promise<void>, timeoutMs: number): Promise<void> {
    const tx = await (await this.adapter).startTransaction();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`a cursor was open longer than ${timeoutMs} ms and was closed`)), timeoutMs);
    });
    const withinDeadline = <T>(step: Promise<T>) => Promise.race([step, deadline]);
    const fetch: SqlQuery = { sql: `FETCH FORWARD ${Math.trunc(batch)} FROM batch_cursor`, args: [], argTypes: [] };
    let committed = false;
    try {
      const declare = toSqlQuery(query);
      await withinDeadline(tx.executeRaw({ ...declare, sql: `DECLARE batch_cursor NO SCROLL CURSOR FOR ${declare.sql}` }));
      for (;;) {
        const rows = toRows<Row>(await withinDeadline(tx.queryRaw(fetch)));
        if (rows.length > 0) await withinDeadline(onBatch(rows));
        if (rows.length < batch) break;
      }
      await tx.executeRaw({ sql: 'COMMIT', args: [], argTypes: [] });
      committed = true;
    } catch (error) {
      // Nothing is left to undo when the connection itself failed; the first error is the one to report.
      await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
      // The adapter's commit() and rollback() only give the connection back to the pool.
      await (committed ? tx.commit() : tx.rollback());
    }
  }
}

function toSqlQuery(query: Prisma.Sql): SqlQuery {
  const args = query.values.map(toArg);
  return { sql: query.text, args: args.map((a) => a.value), argTypes: args.map((a) => a.type) };
}

/** A parameter as `$queryRaw` hands it to the adapter (its serialized value and type). */
function toArg(value: unknown): { value: unknown; type: ArgType } {
  if (Array.isArray(value)) {
    const items = value.map(toArg);
    return { value: items.map((item) => item.value), type: { scalarType: items[0]?.type.scalarType ?? 'unknown', arity: 'list' } };
  }
  const scalar = (scalarType: ArgType['scalarType'], serialized: unknown) => ({ value: serialized, type: { scalarType, arity: 'scalar' as const } });
  if (value === null || value === undefined) return scalar('unknown', null);
  if (typeof value === 'string') return scalar('string', value);
  if (typeof value === 'number') return scalar('decimal', value);
  if (typeof value === 'boolean') return scalar('unknown', value);
  if (typeof value === 'bigint') return scalar('bigint', value.toString());
  if (value instanceof Date) return scalar('datetime', value.toISOString());
  if (value instanceof Uint8Array) return scalar('bytes', Buffer.from(value).toString('base64'));
  throw new TypeError(`RawReads takes strings, numbers, booleans, bigints, dates, bytes and arrays of them, not ${Object.prototype.toString.call(value)}`);
}

function toRows<Row>({ columnNames, columnTypes, rows }: SqlResultSet): Row[] {
  const convert = columnTypes.map(converterFor);
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) {
      const value = values[i];
      row[columnNames[i]!] = value === null || value === undefined ? null : convert[i]!(value);
    }
    return row as Row;
  });
}

type Converter = (value: unknown) => unknown;

const asIs: Converter = (value) => value;
const bigint: Converter = (value) => BigInt(value as string | number);
const decimal: Converter = (value) => new Prisma.Decimal(value as string);
const date: Converter = (value) => new Date(value as string);
const time: Converter = (value) => new Date(`1970-01-01T${value as string}Z`);
const json: Converter = (value) => (typeof value === 'string' ? JSON.parse(value) : value);
const bytes: Converter = (value) => new Uint8Array(value as Buffer);
const each =
  (convert: Converter): Converter =>
  (value) =>
    (value as unknown[]).map((item) => (item === null ? null : convert(item)));

/** What Prisma's client makes of a raw result's column types (scalar, array of it); the rest come as the adapter gives them. */
const CONVERSIONS: Array<[ColumnType, ColumnType, Converter]> = [
  [ColumnTypeEnum.Int64, ColumnTypeEnum.Int64Array, bigint],
  [ColumnTypeEnum.Numeric, ColumnTypeEnum.NumericArray, decimal],
  [ColumnTypeEnum.Date, ColumnTypeEnum.DateArray, date],
  [ColumnTypeEnum.DateTime, ColumnTypeEnum.DateTimeArray, date],
  [ColumnTypeEnum.Time, ColumnTypeEnum.TimeArray, time],
  [ColumnTypeEnum.Json, ColumnTypeEnum.JsonArray, json],
  [ColumnTypeEnum.Bytes, ColumnTypeEnum.BytesArray, bytes],
];
const CONVERTERS = new Map<ColumnType, Converter>(CONVERSIONS.flatMap(([scalar, array, convert]) => [[scalar, convert], [array, each(convert)]]));

function converterFor(type: ColumnType): Converter {
  return CONVERTERS.get(type) ?? asIs;
}
