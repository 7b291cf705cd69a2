import { parseEnv } from '../config/env.schema';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { PrismaService } from './prisma.service';

/** More transactions at once than the pool has connections: the deadline-surge shape (bench/ scenario 5). */
describe('PrismaService under a burst of transactions', () => {
  let database: TestDatabase;
  let prisma: PrismaService;

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = parseEnv({
      DATABASE_URL: database.url,
      REDIS_URL: 'redis://127.0.0.1:6379',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      COOKIE_SECRET: 'x'.repeat(32),
    });
    prisma = new PrismaService(config);
  });
  afterAll(async () => {
    await prisma.onModuleDestroy();
    await database.drop();
  });

  it('queues transactions for a pooled connection for longer than Prisma’s default 2 s instead of failing them', async () => {
    // 20 transactions of 2.5 s each on the pool of 10: the second ten wait 2.5 s for a connection.
    const burst = Array.from({ length: 20 }, (_, i) =>
      prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT pg_sleep(2.5)::text`;
        return i;
      }),
    );
    const settled = await Promise.allSettled(burst);
    expect(settled.filter((result) => result.status === 'rejected')).toEqual([]);
  }, 60_000);
});
