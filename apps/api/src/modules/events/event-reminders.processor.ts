import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { JobProcessor, type JobHandler, type JobSchedule } from '../../jobs/job-processor.decorator';
import { QUEUES } from '../../jobs/queue-names';
import { EventRemindersService } from './event-reminders.service';

export const EVENT_REMINDER_SCHEDULER_ID = 'event-reminders';

/** Runs the reminder sweep on a BullMQ job scheduler (one schedule however many workers start). */
@Injectable()
@JobProcessor(QUEUES.events)
export class EventRemindersProcessor implements JobHandler {
  private readonly logger = new Logger(EventRemindersProcessor.name);

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

  /** Every EVENT_SWEEP_MS (15 minutes): reminders within that much of the event being a day away; certificate links as soon after it ends. */
  schedule(): JobSchedule {
    return { id: EVENT_REMINDER_SCHEDULER_ID, repeat: { every: this.config.EVENT_SWEEP_MS }, name: 'event-reminders' };
  }
}
