import { Injectable } from '@nestjs/common';
import { JOB_STATES, type TJobsOverviewQuery, type TJobsOverviewResponse } from '@kopa/shared';
import type { Job } from 'bullmq';
import { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { JOB_OPTIONS } from '../../jobs/job-options';
import { ProducerQueues } from '../../jobs/producer-queues';
import { QUEUES, type QueueName } from '../../jobs/queue-names';
import { PrismaService } from '../../prisma/prisma.service';
import { AdminJobsRepository } from './admin-jobs.repository';

/** BullMQ's failed sets are read per queue from Redis, newest first, up to this many each. */
const FAILED_JOBS_PER_QUEUE = 50;
/** The parts of an e-mail payload the admin sees; never the params, which may hold sign-in tokens. */
const ZEmailPayloadSummary = z.object({ to: z.string(), template: z.string() });
const EMAIL_MAX_ATTEMPTS = JOB_OPTIONS.email.attempts ?? 1;

/**
 * Background-job health for the admin: queue depths, failed jobs, and e-mails that used up
 * their retries. Requeue and discard are audited. An e-mail's BullMQ job id is its outbox
 * id, so the outbox row and the job are always handled together.
 */
@Injectable()
export class AdminJobsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly queues: ProducerQueues,
    private readonly jobs: AdminJobsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async overview(query: TJobsOverviewQuery): Promise<TJobsOverviewResponse> {
    const names = Object.values(QUEUES);
    const queues = await Promise.all(
      names.map(async (name) => ({ name, counts: (await this.queues.get(name).getJobCounts(...JOB_STATES)) as Record<(typeof JOB_STATES)[number], number> })),
    );
    const failedJobs = (
      await Promise.all(names.map(async (name) => (await this.queues.get(name).getFailed(0, FAILED_JOBS_PER_QUEUE - 1)).map((job) => failedJob(name, job))))
    ).flat();
    const emails = await this.jobs.failedEmails(EMAIL_MAX_ATTEMPTS, query);
    return {
      queues,
      failedJobs,
      failedEmails: emails.items.map((row) => {
        const payload = ZEmailPayloadSummary.safeParse(row.payload);
        return {
          id: row.id,
          to: payload.success ? payload.data.to : '',
          template: payload.success ? payload.data.template : '',
          attempts: row.attempts,
          lastError: row.lastError,
          createdAt: row.createdAt.toISOString(),
        };
      }),
      failedEmailTotal: emails.total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Gives the e-mail a fresh set of attempts: its old job goes, the relay queues it again. */
  async requeueEmail(principal: Principal, outboxId: string): Promise<void> {
    await this.removeJobUnlessRunning(QUEUES.email, outboxId);
    await this.prisma.$transaction(async (tx) => {
      const row = await this.jobs.findUnsent(tx, outboxId);
      if (!row) throw Problems.notFound('No unsent e-mail with this id.');
      await this.jobs.resetForRetry(tx, outboxId);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'outbox.requeued',
        entityType: 'outbox_message',
        entityId: outboxId,
        before: { attempts: row.attempts, lastError: row.lastError },
        after: { attempts: 0, lastError: null },
      });
    });
  }

  async discardEmail(principal: Principal, outboxId: string): Promise<void> {
    await this.removeJobUnlessRunning(QUEUES.email, outboxId);
    await this.prisma.$transaction(async (tx) => {
      const row = await this.jobs.findUnsent(tx, outboxId);
      if (!row) throw Problems.notFound('No unsent e-mail with this id.');
      const now = this.clock.now();
      await this.jobs.markDiscarded(tx, outboxId, now);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'outbox.discarded',
        entityType: 'outbox_message',
        entityId: outboxId,
        before: { attempts: row.attempts, lastError: row.lastError },
        after: { discardedAt: now },
      });
    });
  }

  async retryJob(principal: Principal, queue: string, jobId: string): Promise<void> {
    const job = await this.failedJobOrThrow(queue, jobId);
    await job.retry('failed');
    await this.prisma.$transaction((tx) =>
      this.audit.record(tx, { actorId: principal.id, action: 'job.requeued', entityType: 'job', entityId: `${queue}:${jobId}`, before: { failedReason: job.failedReason } }),
    );
  }

  async discardJob(principal: Principal, queue: string, jobId: string): Promise<void> {
    const job = await this.failedJobOrThrow(queue, jobId);
    await job.remove();
    await this.prisma.$transaction(async (tx) => {
      // An e-mail job's id is its outbox id: discarding the job discards the e-mail too.
      if (queue === QUEUES.email) await this.jobs.markDiscarded(tx, jobId, this.clock.now());
      await this.audit.record(tx, { actorId: principal.id, action: 'job.discarded', entityType: 'job', entityId: `${queue}:${jobId}`, before: { failedReason: job.failedReason } });
    });
  }

  private async failedJobOrThrow(queue: string, jobId: string): Promise<Job> {
    const name = queueNameOrThrow(queue);
    const job = await this.queues.get(name).getJob(jobId);
    if (!job || !(await job.isFailed())) throw Problems.notFound('No failed job with this id.');
    return job;
  }

  private async removeJobUnlessRunning(queue: QueueName, jobId: string): Promise<void> {
    const job = await this.queues.get(queue).getJob(jobId);
    if (!job) return;
    if (await job.isActive()) throw Problems.conflict('The job is running right now; try again in a minute.');
    await job.remove();
  }
}

function queueNameOrThrow(queue: string): QueueName {
  const name = Object.values(QUEUES).find((known) => known === queue);
  if (!name) throw Problems.notFound('No such queue.');
  return name;
}

function failedJob(queue: string, job: Job) {
  return {
    queue,
    id: job.id ?? '',
    name: job.name,
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason ?? null,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}
