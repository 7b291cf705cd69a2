import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';

/**
 * Sequence numbers of reference numbers (`DK-2026-014`): one counter row per call code and
 * year. Taken inside a submission's transaction, the row's lock lasted until that commit, so at
 * a deadline surge every submission to a call waited for the one before it and many ran past
 * their timeout (bench/ scenario 5). The number is taken instead on a connection of its own and
 * committed at once: the lock lasts one statement. Numbers stay unique and increasing; a
 * submission that fails after taking its number (rare: the checks come first) leaves a gap,
 * which SPEC.md allows.
 */
@Injectable()
export class ReferenceNumbers implements OnModuleDestroy {
  private readonly db: PrismaClient;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Two connections: one statement each, never inside another transaction, so no wait on the main pool.
    this.db = new PrismaClient({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL, max: 2 }) });
  }

  async next(code: string, year: number): Promise<number> {
    const rows = await this.db.$queryRaw<{ last: number }[]>`
      INSERT INTO "ReferenceCounter" (code, year, last) VALUES (${code}, ${year}, 1)
      ON CONFLICT (code, year) DO UPDATE SET last = "ReferenceCounter".last + 1
      RETURNING last`;
    return Number(rows[0]!.last);
  }

  async onModuleDestroy(): Promise<void> {
    await this.db.$disconnect();
  }
}
