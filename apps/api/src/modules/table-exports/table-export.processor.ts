import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobProcessor, type JobHandler, type JobSchedule } from '../../jobs/job-processor.decorator';
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
export class TableExportProcessor implements JobHandler {
  private readonly logger = new Logger(TableExportProcessor.name);

  constructor(private readonly writer: TableExportWriter) {}

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

  schedule(): JobSchedule {
    return { id: EXPORT_SWEEP_SCHEDULER_ID, repeat: { pattern: '7 * * * *', tz: 'Europe/Riga' }, name: SWEEP_EXPORTS_JOB };
  }
}
