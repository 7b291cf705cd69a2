import { Injectable } from '@nestjs/common';
import { JobProcessor, type JobHandler, type JobSchedule } from '../../jobs/job-processor.decorator';
import { QUEUES } from '../../jobs/queue-names';
import { ConsultationRemindersService } from './consultation-reminders.service';

export const REMINDER_SCHEDULER_ID = 'consultation-reminders';
/** Every five minutes: a reminder leaves between 24 h and 23 h 55 min before the start. */
export const REMINDER_EVERY_MS = 5 * 60_000;

/** The worker's periodic reminder sweep; upsertJobScheduler keeps one schedule however many workers start. */
@Injectable()
@JobProcessor(QUEUES.consultations)
export class ConsultationRemindersProcessor implements JobHandler {

  constructor(private readonly reminders: ConsultationRemindersService) {}

  process(): Promise<{ sent: number }> {
    return this.reminders.sweep();
  }

  schedule(): JobSchedule {
    return { id: REMINDER_SCHEDULER_ID, repeat: { every: REMINDER_EVERY_MS }, name: 'reminders' };
  }
}
