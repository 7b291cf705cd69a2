import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { REDIS } from './redis.provider';
import type { QueueName } from './queue-names';

export class QueueUnavailableError extends Error {}

/**
 * BullMQ queues for producers, on the shared connection (never queues commands while
 * offline, so adding fails fast instead of hanging). A Queue is only created once Redis
 * is ready: created earlier, its start-up check would fail and leave it unusable.
 */
@Injectable()
export class ProducerQueues implements OnModuleDestroy {
  private readonly logger = new Logger(ProducerQueues.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  get(name: QueueName): Queue {
    if (this.redis.status !== 'ready') {
      throw new QueueUnavailableError(`Redis is not available (connection ${this.redis.status})`);
    }
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
      queue.on('error', (error) => this.logger.debug(`queue ${name}: ${error.message}`));
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Forgets a queue after a failure so the next use starts from a fresh connection check. */
  async discard(name: QueueName): Promise<void> {
    const queue = this.queues.get(name);
    this.queues.delete(name);
    await queue?.close().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((queue) => queue.close().catch(() => undefined)));
  }
}
