import type { JobsOptions } from 'bullmq';
import type { QueueName } from './queue-names';

const DAY_S = 24 * 3600;

/**
 * Retry policy per queue. E-mail: 8 attempts with exponential backoff from 5 s
 * (5 s, 10 s, … 320 s: about 10 minutes of SMTP trouble before a message is left failed,
 * with its last error on the outbox row). Finished jobs are kept a while so a repeated
 * relay of the same outbox id is still recognised by its job id.
 */
export const JOB_OPTIONS: Record<QueueName, JobsOptions> = {
  email: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 7 * DAY_S, count: 10_000 },
    removeOnFail: { age: 30 * DAY_S },
  },
  consultations: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 30 },
  },
  maintenance: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 30 },
  },
  reports: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 30 },
  },
  // One attempt: a list that fails to write is marked failed for the user to ask again (a run cut
  // short by a stopped worker is picked up again as a stalled job).
  exports: {
    attempts: 1,
    removeOnComplete: { count: 100 },
    removeOnFail: { count: 100 },
  },
  events: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 30 },
  },
};
