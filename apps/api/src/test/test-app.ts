import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app.factory';
import { parseEnv, type AppConfig } from '../config/env.schema';
import { createPrismaClient } from '../prisma/prisma.service';
import type { PrismaClient } from '../generated/prisma/client';
import { createTestDatabase, type TestDatabase } from './test-database';
import { startTestSmtp, type TestMailbox } from './test-smtp';
import { TestClient } from './test-client';
import { deleteQueueKeys } from './test-redis';
import { TEST_COOKIE_SECRET } from './factories';

export interface TestContext {
  app: NestFastifyApplication;
  config: AppConfig;
  prisma: PrismaClient;
  mailbox: TestMailbox;
  client(options?: ConstructorParameters<typeof TestClient>[1]): TestClient;
  close(): Promise<void>;
}

/** Test configuration: its own database and SMTP listener, its own queue prefix in the shared Redis. */
export function testConfig(database: TestDatabase, mailbox: TestMailbox, overrides: Record<string, string> = {}): AppConfig {
  return parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    SMTP_URL: mailbox.url,
    COOKIE_SECRET: TEST_COOKIE_SECRET,
    APP_URL: 'http://kopa.test',
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `kopa-test-${database.url.split('/').pop()}`,
    OUTBOX_POLL_MS: '100',
    // Factories write calls straight into the database; the cache has its own test.
    PUBLIC_CALLS_CACHE_MS: '0',
    ...overrides,
  });
}

/** Boots the real API on a fresh database; close() tears everything down. */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestContext> {
  const database = await createTestDatabase();
  const mailbox = await startTestSmtp();
  const config = testConfig(database, mailbox, overrides);
  const app = await createApp(config);
  await app.getHttpAdapter().getInstance().ready();
  const prisma = createPrismaClient(config.DATABASE_URL);
  return {
    app,
    config,
    prisma,
    mailbox,
    client: (options) => new TestClient(app, options),
    async close() {
      await app.close();
      await deleteQueueKeys(config.REDIS_URL, config.QUEUE_PREFIX);
      await prisma.$disconnect();
      await mailbox.close();
      await database.drop();
    },
  };
}
