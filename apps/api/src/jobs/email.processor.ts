import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import { EMAIL_ATTACHMENT_RENDERER, type EmailAttachmentFile, type EmailAttachmentRenderer } from './email-attachments';
import { EmailSender } from './email.sender';
import { ZEmailJobData, ZEmailPayload } from './email.payload';
import { JobProcessor, type JobHandler } from './job-processor.decorator';
import { OutboxRepository, SEND_CLAIM_TTL_MS } from './outbox.repository';
import { QUEUES } from './queue-names';
import { renderEmail } from './templates';
import { withoutSecrets } from './outbox-secrets';
import type { EmailTemplateName } from './email-templates';

export type DeliveryOutcome =
  | { status: 'sent' }
  | { status: 'already-sent' }
  | { status: 'missing' }
  /** Another attempt holds a fresh claim; look again when it would have expired. */
  | { status: 'in-flight'; retryAt: Date };

/**
 * Sends one outbox e-mail. Safe to run any number of times for the same row: a sent row
 * is skipped, and a database claim lets only one attempt at a time talk to SMTP.
 */
@Injectable()
@JobProcessor(QUEUES.email, { concurrency: 5 })
export class EmailProcessor implements JobHandler {
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(EmailSender) private readonly sender: EmailSender,
    @Optional()
    @Inject(EMAIL_ATTACHMENT_RENDERER)
    private readonly attachmentRenderer?: EmailAttachmentRenderer,
  ) {}

  async process(job: Job, token?: string): Promise<DeliveryOutcome> {
    const data = ZEmailJobData.safeParse(job.data);
    if (!data.success) throw new UnrecoverableError(`invalid email job data: ${data.error.message}`);
    const outcome = await this.deliver(data.data.outboxId);
    if (outcome.status === 'in-flight') {
      // Neither done nor failed: come back when the other claim would have expired, without
      // using up an attempt. If that attempt succeeds meanwhile, this one finds it sent.
      await job.moveToDelayed(outcome.retryAt.getTime(), token);
      throw new DelayedError();
    }
    return outcome;
  }

  async deliver(outboxId: string): Promise<DeliveryOutcome> {
    const row = await this.outbox.find(outboxId);
    if (!row) {
      this.logger.warn(`outbox message ${outboxId} does not exist; nothing to send`);
      return { status: 'missing' };
    }
    if (row.sentAt) return { status: 'already-sent' };

    const payload = ZEmailPayload.safeParse(row.payload);
    if (!payload.success) {
      const reason = `invalid e-mail payload: ${payload.error.issues.map((issue) => issue.path.join('.')).join(', ')}`;
      await this.outbox.recordFailure(outboxId, reason);
      throw new UnrecoverableError(reason);
    }

    if (!(await this.outbox.claimForSending(outboxId))) {
      const now = await this.outbox.find(outboxId);
      if (!now || now.sentAt) return { status: 'already-sent' };
      const claimedAt = now.claimedAt?.getTime() ?? Date.now();
      return { status: 'in-flight', retryAt: new Date(claimedAt + SEND_CLAIM_TTL_MS + 1_000) };
    }

    const { to, locale, template, params, attachments: requested = [] } = payload.data;
    try {
      const content = renderEmail(template as EmailTemplateName, locale, params, {
        appUrl: this.config.APP_URL,
      });
      // Rendered at send time (e.g. the application PDF), so the outbox row stays small.
      const attachments: EmailAttachmentFile[] = [];
      for (const request of requested) {
        if (request.kind === 'ics') {
          attachments.push({ filename: request.filename, contentType: `text/calendar; charset=utf-8; method=${request.method}`, content: Buffer.from(request.content, 'utf8') });
          continue;
        }
        if (!this.attachmentRenderer) throw new Error(`no renderer for e-mail attachment ${request.kind}`);
        attachments.push(await this.attachmentRenderer.render(request, locale));
      }
      await this.sender.send({ outboxId, to, locale, content, attachments });
    } catch (error) {
      await this.outbox.recordFailure(outboxId, describe(error));
      throw isPermanentSmtpError(error) ? new UnrecoverableError(describe(error)) : error;
    }
    // Outside the try: once SMTP accepted the message, releasing the claim would invite an
    // immediate second send. If this update fails, the claim expires and the resend carries
    // the same Message-ID.
    await this.outbox.markSent(outboxId, withoutSecrets(row.payload));
    return { status: 'sent' };
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/** A 5xx reply (e.g. unknown recipient) will not get better by retrying. */
function isPermanentSmtpError(error: unknown): boolean {
  const responseCode = (error as { responseCode?: number } | null)?.responseCode;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
