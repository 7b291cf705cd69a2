import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Queue, Worker } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { JOB_OPTIONS } from './job-options';
import { JOB_PROCESSOR, type JobHandler, type JobProcessorMetadata, type JobSchedule } from './job-processor.decorator';

/**
 * Starts one BullMQ Worker per provider marked @JobProcessor(queue), registers the provider's
 * recurring job if it has one (`schedule()`), and closes them on shutdown: close() lets running
 * jobs finish, so a SIGTERM does not cut a send in half.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];
  /** The queues the schedules were registered on. */
  private readonly queues: Queue[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const meta = this.reflector.get<JobProcessorMetadata | undefined>(JOB_PROCESSOR, wrapper.metatype);
      if (!meta) continue;
      const handler = wrapper.instance as JobHandler;
      this.workers.push(this.start(meta, handler));
      if (handler.schedule) await this.register(meta, handler.schedule());
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const workers = this.workers.splice(0);
    const queues = this.queues.splice(0);
    await Promise.all([...workers.map((worker) => worker.close()), ...queues.map((queue) => queue.close())]);
  }

  /** upsertJobScheduler: the same id from every worker that starts is one schedule, updated in place. */
  private async register(meta: JobProcessorMetadata, schedule: JobSchedule): Promise<void> {
    const queue = new Queue(meta.queue, { connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null }, prefix: this.config.QUEUE_PREFIX });
    this.queues.push(queue);
    await queue.upsertJobScheduler(schedule.id, schedule.repeat, { name: schedule.name, opts: JOB_OPTIONS[meta.queue] });
  }

  private start(meta: JobProcessorMetadata, handler: JobHandler): Worker {
    const worker = new Worker(meta.queue, (job, token) => handler.process(job, token), {
      connection: { url: this.config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: this.config.QUEUE_PREFIX,
      concurrency: meta.concurrency ?? 1,
    });
    worker.on('error', (error) => this.logger.warn(`worker ${meta.queue}: ${error.message}`));
    worker.on('failed', (job, error) => {
      if (!job) return;
      const willRetry = job.attemptsMade < (job.opts.attempts ?? 1) && error.name !== 'UnrecoverableError';
      this.logger.warn(
        `job ${meta.queue}/${job.id} failed (attempt ${job.attemptsMade}${willRetry ? ', will retry' : ', giving up'}): ${error.message}`,
      );
    });
    this.logger.log(`Processing queue ${meta.queue} (concurrency ${meta.concurrency ?? 1})`);
    return worker;
  }
}
