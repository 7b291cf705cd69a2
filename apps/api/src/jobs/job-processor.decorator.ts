import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { QueueName } from './queue-names';

export const JOB_PROCESSOR = Symbol('JOB_PROCESSOR');

export interface JobProcessorOptions {
  /** Jobs of this queue processed at once by one worker process. */
  concurrency?: number;
}

/** What a class marked with @JobProcessor must implement. */
export interface JobHandler {
  process(job: Job, token?: string): Promise<unknown>;
}

export interface JobProcessorMetadata extends JobProcessorOptions {
  queue: QueueName;
}

/** Marks a provider as the processor of a queue; the worker process finds it and starts a BullMQ Worker. */
export const JobProcessor = (queue: QueueName, options: JobProcessorOptions = {}) =>
  SetMetadata<symbol, JobProcessorMetadata>(JOB_PROCESSOR, { queue, ...options });
