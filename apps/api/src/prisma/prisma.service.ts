import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { type Prisma, PrismaClient } from '../generated/prisma/client';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { RawReads } from './raw-reads';

/** How long an interactive transaction may wait for a pooled connection before it fails. */
export const TRANSACTION_MAX_WAIT_MS = 20_000;

/** How long a cursor's reader (an export waiting for its download) may take before its transaction gives up. */
export const CURSOR_TIMEOUT_MS = 15 * 60_000;

export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private readonly pool: Pool;
  private readonly reads: RawReads;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // One pool for the client and for readRaw, closed after the client lets go of it.
    const pool = new Pool({ connectionString: config.DATABASE_URL });
    super({
      adapter: new PrismaPg(pool),
      // A transaction waits up to 20 s for one of the pool's connections (Prisma's default is 2 s):
      // at a deadline surge (bench/ scenario 5) 100 submissions at once queue instead of failing.
      transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
    });
    this.pool = pool;
    this.reads = new RawReads(new PrismaPg(pool).connect());
  }

  /**
   * A read-only statement of the hot path, answered as `$queryRaw` answers it but on the driver
   * adapter directly (see raw-reads.ts for why). Not inside a transaction: it takes a pooled
   * connection of its own.
   */
  readRaw<Row>(query: Prisma.Sql): Promise<Row[]> {
    return this.reads.rows<Row>(query);
  }

  /**
   * A read-only query's rows, `batch` at a time, through a server-side cursor on the driver
   * adapter (see RawReads.inBatches): what an export streams.
   */
  readRawInBatches<Row>(query: Prisma.Sql, batch: number, onBatch: (rows: Row[]) => Promise<void>, timeoutMs: number = CURSOR_TIMEOUT_MS): Promise<void> {
    return this.reads.inBatches<Row>(query, batch, onBatch, timeoutMs);
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    await this.pool.end();
  }
}
