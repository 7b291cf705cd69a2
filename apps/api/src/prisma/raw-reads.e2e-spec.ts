import { parseEnv } from '../config/env.schema';
import { Prisma } from '../generated/prisma/client';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { PrismaService } from './prisma.service';

/** readRaw must be a drop-in for $queryRaw: the same rows, the same JS types, the same parameters. */
describe('PrismaService.readRaw', () => {
  let database: TestDatabase;
  let prisma: PrismaService;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = new PrismaService(
      parseEnv({ DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:6379', SMTP_URL: 'smtp://127.0.0.1:2525', COOKIE_SECRET: 'x'.repeat(32) }),
    );
  });
  afterAll(async () => {
    await prisma.onModuleDestroy();
    await database.drop();
  });

  it('gives every column type as $queryRaw gives it', async () => {
    const query = Prisma.sql`
      SELECT 1::int4 AS i4, 9007199254740993::int8 AS i8, 1.5::float8 AS f8, 12.50::numeric AS num, true AS b, 'x'::text AS t, 'z'::char(2) AS c,
             '2026-01-02'::date AS d, '10:11:12'::time AS tm, '2026-01-02T03:04:05.678Z'::timestamptz AS tz, '2026-01-02 03:04:05'::timestamp AS ts,
             '{"a":1}'::json AS j, '{"b":[1, "ā"]}'::jsonb AS jb, 'submitted'::"ApplicationStatus" AS e, '9d5977dc-fad7-4a07-8f6c-7e3cb919115e'::uuid AS u,
             '\\x0102'::bytea AS by, ARRAY['a', NULL, 'ē']::text[] AS ta, ARRAY[1, 2]::int8[] AS i8a, ARRAY[1, 2]::int4[] AS i4a,
             ARRAY['2026-01-02T03:04:05Z']::timestamptz[] AS tza, ARRAY[1.5]::numeric[] AS na, ARRAY[true]::bool[] AS ba,
             ARRAY['submitted']::"ApplicationStatus"[] AS ea, count(*) OVER () AS total, NULL::int8 AS n8, NULL::timestamptz AS ntz, NULL::text AS nt`;
    const [viaReader] = await prisma.readRaw<Record<string, unknown>>(query);
    const [viaClient] = await prisma.$queryRaw<Array<Record<string, unknown>>>(query);
    expect(viaReader).toEqual(viaClient);
    // The types the repositories rely on, spelled out.
    expect(viaReader).toMatchObject({ i8: 9007199254740993n, total: 1n, tz: new Date('2026-01-02T03:04:05.678Z'), jb: { b: [1, 'ā'] }, ta: ['a', null, 'ē'], n8: null });
  });

  it('binds parameters as $queryRaw binds them', async () => {
    const at = new Date('2026-03-04T05:06:07.089Z');
    const query = Prisma.sql`
      SELECT ${'Ludza'} AS s, ${42} AS n, ${BigInt('9007199254740993')}::int8 AS big, ${at}::timestamptz AS at, ${true}::bool AS yes,
             ${['a', 'b']}::text[] AS list, ${null}::text AS nothing, ${2.5}::numeric AS half,
             ${'9007199254740993'}::int8 = ${BigInt('9007199254740993')} AS same`;
    const [viaReader] = await prisma.readRaw<Record<string, unknown>>(query);
    const [viaClient] = await prisma.$queryRaw<Array<Record<string, unknown>>>(query);
    expect(viaReader).toEqual(viaClient);
    expect(viaReader).toMatchObject({ s: 'Ludza', big: 9007199254740993n, at, yes: true, list: ['a', 'b'], nothing: null, same: true });
  });

  it('refuses a parameter it cannot bind, before anything reaches the database', async () => {
    await expect(prisma.readRaw(Prisma.sql`SELECT ${{ a: 1 } as unknown as string}::jsonb AS j`)).rejects.toThrow(/not \[object Object\]/);
  });

  it('reports a failing statement as the database’s error', async () => {
    await expect(prisma.readRaw(Prisma.sql`SELECT 1 / ${0}::int AS nope`)).rejects.toThrow();
    await expect(prisma.readRaw(Prisma.sql`SELECT 1 AS fine`)).resolves.toEqual([{ fine: 1 }]);
  });

  it('shares the client’s pool instead of opening a second one', async () => {
    const sleep = Prisma.sql`SELECT pg_sleep(0.3)::text AS slept`;
    const activity = Prisma.sql`SELECT count(*)::int AS open FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`;
    await Promise.all([...Array.from({ length: 12 }, () => prisma.readRaw(sleep)), ...Array.from({ length: 12 }, () => prisma.$queryRaw(sleep))]);
    const [{ open }] = await prisma.readRaw<{ open: number }>(activity);
    expect(open).toBeLessThanOrEqual(10);
  });

  describe('readRawInBatches (the exports’ cursor)', () => {
    const numbers = (upTo: number) => Prisma.sql`SELECT n, (n * 10)::int8 AS big, ('2026-01-01'::timestamptz + n * interval '1 day') AS at FROM generate_series(1, ${upTo}::int) AS n ORDER BY n`;
    const openTransactions = Prisma.sql`
      SELECT count(*)::int AS open FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'client backend' AND state LIKE 'idle in transaction%'`;

    it('gives every row once, in order, a batch at a time, converted as $queryRaw converts them', async () => {
      const batches: Array<Array<Record<string, unknown>>> = [];
      await prisma.readRawInBatches<Record<string, unknown>>(numbers(7), 3, async (rows) => {
        batches.push(rows);
      });
      expect(batches.map((rows) => rows.length)).toEqual([3, 3, 1]);
      expect(batches.flat()).toEqual(await prisma.$queryRaw(numbers(7)));
      expect(batches[0]![0]).toEqual({ n: 1, big: 10n, at: new Date('2026-01-02T00:00:00Z') });
    });

    it('reads one snapshot: rows written while the export runs are not in it', async () => {
      await prisma.$executeRaw`CREATE TABLE cursor_snapshot (n int)`;
      await prisma.$executeRaw`INSERT INTO cursor_snapshot SELECT generate_series(1, 5)`;
      const seen: number[] = [];
      await prisma.readRawInBatches<{ n: number }>(Prisma.sql`SELECT n FROM cursor_snapshot ORDER BY n`, 2, async (rows) => {
        if (seen.length === 0) await prisma.$executeRaw`INSERT INTO cursor_snapshot VALUES (6)`;
        seen.push(...rows.map((row) => row.n));
      });
      expect(seen).toEqual([1, 2, 3, 4, 5]);
    });

    it('rolls back and gives the connection back when the reader fails, and reports the reader’s error', async () => {
      await expect(
        prisma.readRawInBatches(numbers(10), 2, async () => {
          throw new Error('the download was cancelled');
        }),
      ).rejects.toThrow('the download was cancelled');
      expect(await prisma.readRaw(openTransactions)).toEqual([{ open: 0 }]);
    });

    it('closes a cursor whose reader stalls past the time limit, and frees its connection', async () => {
      const stalled = prisma.readRawInBatches(numbers(10), 2, () => new Promise<void>(() => undefined), 300);
      await expect(stalled).rejects.toThrow(/open longer than 300 ms/);
      expect(await prisma.readRaw(openTransactions)).toEqual([{ open: 0 }]);
    });

    it('reports a failing query as the database’s error and keeps the pool usable', async () => {
      await expect(prisma.readRawInBatches(Prisma.sql`SELECT 1 / ${0}::int AS nope`, 5, async () => undefined)).rejects.toThrow();
      expect(await prisma.readRaw(openTransactions)).toEqual([{ open: 0 }]);
      await expect(prisma.readRaw(Prisma.sql`SELECT 1 AS fine`)).resolves.toEqual([{ fine: 1 }]);
    });
  });
});
