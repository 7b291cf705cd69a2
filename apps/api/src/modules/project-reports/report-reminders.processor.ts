import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobProcessor, type JobHandler, type JobSchedule } from '../../jobs/job-processor.decorator';
import { QUEUES } from '../../jobs/queue-names';
import { ReportRemindersService } from './report-reminders.service';

export const REPORT_REMINDER_SCHEDULER_ID = 'report-reminders';
/** Every hour: the rules are by calendar day in Riga, so a day's reminders go out within its first hour. */
export const REPORT_REMINDER_SCHEDULE = { every: 60 * 60_000 };

/** Runs the report-reminder sweep on a BullMQ job scheduler, kept in Redis: one schedule however many workers start or restart. */
@Injectable()
@JobProcessor(QUEUES.reports)
export class ReportRemindersProcessor implements JobHandler {
  private readonly logger = new Logger(ReportRemindersProcessor.name);

  constructor(@Inject(ReportRemindersService) private readonly reminders: ReportRemindersService) {}

  async process(): Promise<number> {
    const sent = await this.reminders.sweep();
    if (sent > 0) this.logger.log(`report reminders queued: ${sent}`);
    return sent;
  }

  schedule(): JobSchedule {
    return { id: REPORT_REMINDER_SCHEDULER_ID, repeat: REPORT_REMINDER_SCHEDULE, name: 'report-reminders' };
  }
}
