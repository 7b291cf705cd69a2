import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, type Job } from 'bullmq';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { JOB_OPTIONS } from '../../jobs/job-options';
import { JobProcessor, type JobHandler } from '../../jobs/job-processor.decorator';
import { QUEUES } from '../../jobs/queue-names';
import { TableExportWriter } from './table-export-writer';
import { SWEEP_EXPORTS_JOB, WRITE_EXPORT_JOB } from './table-export-jobs';

export const EXPORT_SWEEP_SCHEDULER_ID = 'exports-sweep';

/**
 * Writes list exports one at a time (memory holds one batch of one list), and every hour
 * removes the expired ones. The sweep's schedule is registered when the worker starts.
 */
@Injectable()
@JobProcessor(QUEUES.exports, { concurrency: 1 })
export class TableExportProcessor implements JobHandler, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TableExportProcessor.name);
  private queue: Queue | undefined;

  constructor(
    private readonly writer: TableExportWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(job: Job<{ exportId?: string }>): Promise<unknown> {
    if (job.name === SWEEP_EXPORTS_JOB) {
      const removed = await this.writer.sweep();
      if (removed > 0) this.logger.log(`removed ${removed} expired export(s)`);
      return { removed };
    }
    if (job.name === WRITE_EXPORT_JOB && job.data.exportId) return { outcome: await this.writer.write(job.data.exportId) };
    this.logger.warn(`unknown job ${job.name} on the exports queue`);
    return undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queue = new Queue(QUEUES.exports, { connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null }, prefix: this.config.QUEUE_PREFIX });
    await this.queue.upsertJobScheduler(EXPORT_SWEEP_SCHEDULER_ID, { pattern: '7 * * * *', tz: 'Europe/Riga' }, { name: SWEEP_EXPORTS_JOB, opts: JOB_OPTIONS.exports });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
