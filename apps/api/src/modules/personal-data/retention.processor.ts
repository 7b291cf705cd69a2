import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { JobProcessor, type JobHandler, type JobSchedule } from '../../jobs/job-processor.decorator';
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
export class RetentionProcessor implements JobHandler {
  private readonly logger = new Logger(RetentionProcessor.name);

  constructor(
    private readonly retention: RetentionService,
    private readonly clock: Clock,
  ) {}

  async process(): Promise<RetentionResult> {
    const result = await this.retention.run(this.clock.now());
    this.logger.log(`retention: ${JSON.stringify(result)}`);
    return result;
  }

  schedule(): JobSchedule {
    return { id: RETENTION_SCHEDULER_ID, repeat: RETENTION_SCHEDULE, name: 'retention' };
  }
}
