import { Inject, Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../prisma/prisma.service';

/** How long a sender's claim on a message holds before another attempt may take it over. */
export const SEND_CLAIM_TTL_MS = 2 * 60_000;

export interface OutboxRow {
  id: string;
  kind: string;
  payload: unknown;
  sentAt: Date | null;
  claimedAt: Date | null;
}

/** The outbox SQL: relay batches and the send claim. Timestamps come from the database clock. */
@Injectable()
export class OutboxRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  /** Locks up to `limit` unrelayed rows; other relays skip them instead of waiting or doubling. */
  lockUnrelayed(tx: Tx, kinds: string[], limit: number): Promise<Array<{ id: string; kind: string }>> {
    return tx.$queryRaw<Array<{ id: string; kind: string }>>`
      SELECT id::text AS id, kind
      FROM "OutboxMessage"
      WHERE "relayedAt" IS NULL AND kind = ANY(${kinds}::text[])
      ORDER BY "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
  }

  async markRelayed(tx: Tx, ids: string[]): Promise<void> {
    await tx.$executeRaw`UPDATE "OutboxMessage" SET "relayedAt" = now() WHERE id = ANY(${ids}::uuid[])`;
  }

  find(id: string): Promise<OutboxRow | null> {
    return this.prisma.outboxMessage.findUnique({
      where: { id },
      select: { id: true, kind: true, payload: true, sentAt: true, claimedAt: true },
    });
  }

  /** Takes the message for sending unless it is sent or someone else's claim is still fresh. */
  async claimForSending(id: string): Promise<boolean> {
    const claimed = await this.prisma.$executeRaw`
      UPDATE "OutboxMessage" SET "claimedAt" = now()
      WHERE id = ${id}::uuid
        AND "sentAt" IS NULL
        AND ("claimedAt" IS NULL OR "claimedAt" < now() - make_interval(secs => ${SEND_CLAIM_TTL_MS / 1000}))`;
    return claimed === 1;
  }

  /** Marks the message sent and drops the secrets its payload carried (one-time links). */
  async markSent(id: string, keptPayload: unknown): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "OutboxMessage" SET "sentAt" = now(), payload = ${JSON.stringify(keptPayload)}::jsonb WHERE id = ${id}::uuid`;
  }

  /** Records a failed attempt and releases the claim so the retry can take it at once. */
  async recordFailure(id: string, error: string): Promise<void> {
    await this.prisma.$executeRaw`
      UPDATE "OutboxMessage"
      SET attempts = attempts + 1, "lastError" = ${error.slice(0, 2000)}, "claimedAt" = NULL
      WHERE id = ${id}::uuid AND "sentAt" IS NULL`;
  }
}
