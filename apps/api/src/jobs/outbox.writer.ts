import { Inject, Injectable } from '@nestjs/common';
import type { TLocale } from '@kopa/shared';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from '../prisma/prisma.service';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import type { EmailTemplateName, EmailTemplateParams } from './email-templates';
import { ZEmailPayload, type TEmailAttachmentRequest, type TEmailPayload } from './email.payload';
import { InboxRepository } from './inbox.repository';
import { inboxContent } from './inbox-content';
import { categoryOfEmail, emailMayBeSkipped } from './notification-categories';

export interface EmailMessage<T extends EmailTemplateName = EmailTemplateName> {
  /** Unique per logical message (e.g. `verify-email:<tokenId>`); a repeat is ignored. */
  dedupeKey: string;
  to: string;
  locale: TLocale;
  template: T;
  params: EmailTemplateParams[T];
  /** Files the worker renders and attaches when it sends (e.g. the application PDF). */
  attachments?: TEmailAttachmentRequest[];
  /** The recipient's account when the caller knows it; otherwise found by the address (none: no inbox copy). */
  userId?: string;
}

/**
 * Writes outgoing messages into the outbox inside the caller's transaction, so a message
 * exists exactly when the change that caused it was committed. The relay moves it to BullMQ.
 *
 * A message to someone with an account also lands in their in-app inbox (same dedupe key,
 * in their language); when they switched off e-mail for its category, only the inbox copy
 * is written. Account and security mails always go.
 */
@Injectable()
export class OutboxWriter {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(InboxRepository) private readonly inbox: InboxRepository,
  ) {}

  async enqueueEmail<T extends EmailTemplateName>(tx: Tx, message: EmailMessage<T>): Promise<void> {
    // Checked here too, so a bad message fails the change that caused it, not a job later.
    const payload = ZEmailPayload.parse(message);
    if (!(await this.copyToInbox(tx, payload, message.userId))) return;
    await tx.outboxMessage.createMany({
      data: [{ dedupeKey: payload.dedupeKey, kind: 'email', payload: payload as Prisma.InputJsonObject }],
      skipDuplicates: true,
    });
  }

  /** Writes the inbox copy; false when the e-mail itself must not be written (a repeat, or opted out). */
  private async copyToInbox(tx: Tx, payload: TEmailPayload, userId: string | undefined): Promise<boolean> {
    const recipient = await this.inbox.findRecipient(tx, userId, payload.to);
    if (!recipient) return true;
    const template = payload.template as EmailTemplateName;
    const category = categoryOfEmail(template);
    const content = inboxContent(template, recipient.locale, payload.params, this.config.APP_URL);
    const written = await this.inbox.createOnce(tx, recipient.id, category, payload.dedupeKey, content);
    // A repeat of a logical message: its e-mail row was written (or skipped) the first time.
    if (!written) return false;
    return !emailMayBeSkipped(category) || this.inbox.wantsEmail(tx, recipient.id, category);
  }
}
