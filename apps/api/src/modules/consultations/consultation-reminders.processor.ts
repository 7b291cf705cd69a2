import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { JobProcessor, type JobHandler } from '../../jobs/job-processor.decorator';
import { JOB_OPTIONS } from '../../jobs/job-options';
import { QUEUES } from '../../jobs/queue-names';
import { ConsultationRemindersService } from './consultation-reminders.service';

export const REMINDER_SCHEDULER_ID = 'consultation-reminders';
/** Every five minutes: a reminder leaves between 24 h and 23 h 55 min before the start. */
export const REMINDER_EVERY_MS = 5 * 60_000;

/** The worker's periodic reminder sweep; upsertJobScheduler keeps one schedule however many workers start. */
@Injectable()
@JobProcessor(QUEUES.consultations)
export class ConsultationRemindersProcessor implements JobHandler, OnApplicationBootstrap, OnApplicationShutdown {
  private queue: Queue | undefined;

  constructor(
    private readonly reminders: ConsultationRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  process(): Promise<{ sent: number }> {
    return this.reminders.sweep();
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queue = new Queue(QUEUES.consultations, {
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: this.config.QUEUE_PREFIX,
    });
    await this.queue.upsertJobScheduler(REMINDER_SCHEDULER_ID, { every: REMINDER_EVERY_MS }, { name: 'reminders', opts: JOB_OPTIONS.consultations });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
