import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { JobProcessor, type JobHandler } from '../../jobs/job-processor.decorator';
import { QUEUES } from '../../jobs/queue-names';
import { JOB_OPTIONS } from '../../jobs/job-options';
import { EventRemindersService } from './event-reminders.service';

export const EVENT_REMINDER_SCHEDULER_ID = 'event-reminders';

/** Runs the reminder sweep on a BullMQ job scheduler (one schedule however many workers start). */
@Injectable()
@JobProcessor(QUEUES.events)
export class EventRemindersProcessor implements JobHandler, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventRemindersProcessor.name);
  private queue: Queue | undefined;

  constructor(
    private readonly reminders: EventRemindersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async process(): Promise<number> {
    const sent = await this.reminders.sweep();
    if (sent > 0) this.logger.log(`event reminders queued: ${sent}`);
    const certificates = await this.reminders.sweepCertificates();
    if (certificates > 0) this.logger.log(`certificate links queued: ${certificates}`);
    return sent + certificates;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.queue = new Queue(QUEUES.events, { connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null }, prefix: this.config.QUEUE_PREFIX });
    // Every EVENT_SWEEP_MS (15 minutes): reminders within that much of the event being a day away; certificate links as soon after it ends.
    await this.queue.upsertJobScheduler(EVENT_REMINDER_SCHEDULER_ID, { every: this.config.EVENT_SWEEP_MS }, {
      name: 'event-reminders',
      opts: JOB_OPTIONS.events,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue?.close();
  }
}
