import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { JOB_OPTIONS } from '../../jobs/job-options';
import { JobProcessor, type JobHandler } from '../../jobs/job-processor.decorator';
import { QUEUES } from '../../jobs/queue-names';
import { ReportRemindersService } from './report-reminders.service';

export const REPORT_REMINDER_SCHEDULER_ID = 'report-reminders';
/** Every hour: the rules are by calendar day in Riga, so a day's reminders go out within its first hour. */
export const REPORT_REMINDER_SCHEDULE = { every: 60 * 60_000 };

/** Runs the report-reminder sweep on a BullMQ job scheduler, kept in Redis: one schedule however many workers start or restart. */
@Injectable()
@JobProcessor(QUEUES.reports)
export class ReportRemindersProcessor implements JobHandler, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReportRemindersProcessor.name);
  private queue: Queue | undefined;

  constructor(
    @Inject(ReportRemindersService) private readonly reminders: ReportRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(): Promise<number> {
    const sent = await this.reminders.sweep();
    if (sent > 0) this.logger.log(`report reminders queued: ${sent}`);
    return sent;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queue = new Queue(QUEUES.reports, { connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null }, prefix: this.config.QUEUE_PREFIX });
    await this.queue.upsertJobScheduler(REPORT_REMINDER_SCHEDULER_ID, REPORT_REMINDER_SCHEDULE, { name: 'report-reminders', opts: JOB_OPTIONS.reports });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
