import { SetMetadata } from '@nestjs/common';
import type { Job, RepeatOptions } from 'bullmq';
import type { QueueName } from './queue-names';

export const JOB_PROCESSOR = Symbol('JOB_PROCESSOR');

export interface JobProcessorOptions {
  /** Jobs of this queue processed at once by one worker process. */
  concurrency?: number;
}

/** A recurring job of a processor's queue: a BullMQ job scheduler, one schedule however many workers start. */
export interface JobSchedule {
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  /** The job's name, as `process` sees it. */
  name: string;
}

/** What a class marked with @JobProcessor must implement. */
export interface JobHandler {
  process(job: Job, token?: string): Promise<unknown>;
  /** Its recurring job, if it has one: the worker registers it when it starts (QueueWorkers). */
  schedule?(): JobSchedule;
}

export interface JobProcessorMetadata extends JobProcessorOptions {
  queue: QueueName;
}

/** Marks a provider as the processor of a queue; the worker process finds it and starts a BullMQ Worker. */
export const JobProcessor = (queue: QueueName, options: JobProcessorOptions = {}) =>
  SetMetadata<symbol, JobProcessorMetadata>(JOB_PROCESSOR, { queue, ...options });
