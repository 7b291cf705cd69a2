import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Worker } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { JOB_PROCESSOR, type JobHandler, type JobProcessorMetadata } from './job-processor.decorator';

/**
 * Starts one BullMQ Worker per provider marked @JobProcessor(queue), and closes them on
 * shutdown: close() lets running jobs finish, so a SIGTERM does not cut a send in half.
 */
@Injectable()
export class QueueWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkers.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const meta = this.reflector.get<JobProcessorMetadata | undefined>(JOB_PROCESSOR, wrapper.metatype);
      if (!meta) continue;
      this.workers.push(this.start(meta, wrapper.instance as JobHandler));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.close()));
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
