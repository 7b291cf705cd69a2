import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { PrismaService } from '../prisma/prisma.service';
import { JOB_OPTIONS } from './job-options';
import { OutboxRepository } from './outbox.repository';
import { ProducerQueues } from './producer-queues';
import { OUTBOX_KIND_QUEUES } from './queue-names';

const BATCH_SIZE = 100;
/** Batches per tick, so one tick after a long outage cannot run unbounded. */
const MAX_BATCHES_PER_TICK = 20;
/** A queue add that takes longer is treated as Redis being unavailable. */
const ADD_TIMEOUT_MS = 5_000;
/** While Redis stays down, repeat the warning at most this often. */
const WARN_EVERY_MS = 60_000;

export interface RelayResult {
  relayed: number;
  /** Why relaying stopped early, when it did (e.g. Redis unavailable). */
  error?: string;
}

/**
 * Moves committed outbox rows onto their BullMQ queue. Rows are locked with
 * FOR UPDATE SKIP LOCKED, so several API replicas share the work without doubling it,
 * and the job id is the outbox id, so a row relayed twice (crash between add and
 * update) is still one job. When Redis is down the rows simply wait for the next tick.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | undefined;
  /** Runs are serialised: a run never overlaps another in the same process. */
  private chain: Promise<unknown> = Promise.resolve();
  private stopped = false;
  private failingSince: number | undefined;
  private lastWarnAt = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(ProducerQueues) private readonly queues: ProducerQueues,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.chain;
  }

  /**
   * Relays everything committed before the call (tests call this; the timer calls it every
   * OUTBOX_POLL_MS). A call during a run waits for it and then runs again, since that run
   * may have started before the caller's rows were committed.
   */
  relayOnce(): Promise<RelayResult> {
    const result = this.chain.then(() => this.run());
    this.chain = result;
    return result;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.relayOnce().finally(() => this.schedule(this.config.OUTBOX_POLL_MS));
    }, delayMs);
    this.timer.unref();
  }

  private async run(): Promise<RelayResult> {
    let relayed = 0;
    try {
      for (let batch = 0; batch < MAX_BATCHES_PER_TICK && !this.stopped; batch++) {
        const count = await this.relayBatch();
        relayed += count;
        if (count < BATCH_SIZE) break;
      }
      this.recovered(relayed);
      return { relayed };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.failing(reason);
      return { relayed, error: reason };
    }
  }

  private async relayBatch(): Promise<number> {
    const kinds = Object.keys(OUTBOX_KIND_QUEUES);
    return this.prisma.$transaction(
      async (tx) => {
        const rows = await this.outbox.lockUnrelayed(tx, kinds, BATCH_SIZE);
        if (rows.length === 0) return 0;
        for (const [kind, queueName] of Object.entries(OUTBOX_KIND_QUEUES)) {
          const ofKind = rows.filter((row) => row.kind === kind);
          if (ofKind.length === 0) continue;
          const queue = this.queues.get(queueName);
          const jobs = ofKind.map((row) => ({
            name: kind,
            data: { outboxId: row.id },
            opts: { ...JOB_OPTIONS[queueName], jobId: row.id },
          }));
          try {
            await withTimeout(queue.addBulk(jobs), ADD_TIMEOUT_MS, `adding to queue ${queueName} timed out`);
          } catch (error) {
            await this.queues.discard(queueName);
            throw error;
          }
        }
        // Only after the queue accepted them; if this update is lost, the re-add is a no-op.
        await this.outbox.markRelayed(tx, rows.map((row) => row.id));
        return rows.length;
      },
      { timeout: ADD_TIMEOUT_MS * 3, maxWait: ADD_TIMEOUT_MS },
    );
  }

  private failing(reason: string): void {
    const now = Date.now();
    this.failingSince ??= now;
    if (now - this.lastWarnAt >= WARN_EVERY_MS) {
      this.lastWarnAt = now;
      this.logger.warn(`Outbox relay paused, messages stay in the outbox until the next try: ${reason}`);
    }
  }

  private recovered(relayed: number): void {
    if (this.failingSince !== undefined) {
      this.logger.log(`Outbox relay resumed after ${Math.round((Date.now() - this.failingSince) / 1000)} s`);
      this.failingSince = undefined;
      this.lastWarnAt = 0;
    }
    if (relayed > 0) this.logger.debug(`Relayed ${relayed} outbox message(s)`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
