import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { JobProcessor, type JobHandler } from '../../jobs/job-processor.decorator';
import { QUEUES } from '../../jobs/queue-names';
import { RetentionService, type RetentionResult } from './retention.service';

export const RETENTION_SCHEDULER_ID = 'retention-daily';
/** Every night at 03:15 Riga time, when nobody is working. */
export const RETENTION_SCHEDULE = { pattern: '15 3 * * *', tz: 'Europe/Riga' };

/**
 * Runs the retention rules. The worker registers the repeatable job when it starts;
 * upsertJobScheduler keeps exactly one schedule however many workers start.
 */
@Injectable()
@JobProcessor(QUEUES.maintenance)
export class RetentionProcessor implements JobHandler, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RetentionProcessor.name);
  private queue: Queue | undefined;

  constructor(
    private readonly retention: RetentionService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(): Promise<RetentionResult> {
    const result = await this.retention.run(this.clock.now());
    this.logger.log(`retention: ${JSON.stringify(result)}`);
    return result;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queue = new Queue(QUEUES.maintenance, {
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: this.config.QUEUE_PREFIX,
    });
    await this.queue.upsertJobScheduler(RETENTION_SCHEDULER_ID, RETENTION_SCHEDULE, {
      name: 'retention',
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 30, removeOnFail: 30 },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
