import { Prisma } from '../generated/prisma/client';
import type { PrismaService } from './prisma.service';

/** How long a cursor's reader (an export waiting for its download) may take before the transaction gives up. */
export const CURSOR_TIMEOUT_MS = 15 * 60_000;

/**
 * Runs one query and hands its rows to `onBatch`, `batch` at a time, through a server-side
 * cursor: the query runs once (one snapshot) however many rows it yields, and memory holds
 * one batch. Paging the query with OFFSET instead runs it again for every page. The cursor
 * lives in a transaction that stays open while `onBatch` works (an export waits for the
 * client to take each batch), at most `timeoutMs`.
 */
export async function forEachBatch<Row>(
  prisma: PrismaService,
  query: Prisma.Sql,
  batch: number,
  onBatch: (rows: Row[]) => Promise<void>,
  timeoutMs: number = CURSOR_TIMEOUT_MS,
): Promise<void> {
  const fetch = Prisma.raw(`FETCH FORWARD ${Math.trunc(batch)} FROM batch_cursor`);
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`DECLARE batch_cursor NO SCROLL CURSOR FOR ${query}`;
      for (;;) {
        const rows = await tx.$queryRaw<Row[]>(fetch);
        if (rows.length > 0) await onBatch(rows);
        if (rows.length < batch) return;
      }
    },
    { timeout: timeoutMs },
  );
}
