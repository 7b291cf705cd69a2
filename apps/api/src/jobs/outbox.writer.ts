import { Injectable } from '@nestjs/common';
import type { TLocale } from '@kopa/shared';
import type { Prisma } from '../generated/prisma/client';
import type { Tx } from '../prisma/prisma.service';
import type { EmailTemplateName, EmailTemplateParams } from './email-templates';
import { ZEmailPayload, type TEmailAttachmentRequest } from './email.payload';

export interface EmailMessage<T extends EmailTemplateName = EmailTemplateName> {
  /** Unique per logical message (e.g. `verify-email:<tokenId>`); a repeat is ignored. */
  dedupeKey: string;
  to: string;
  locale: TLocale;
  template: T;
  params: EmailTemplateParams[T];
  /** Files the worker renders and attaches when it sends (e.g. the application PDF). */
  attachments?: TEmailAttachmentRequest[];
}

/**
 * Writes outgoing messages into the outbox inside the caller's transaction, so a message
 * exists exactly when the change that caused it was committed. The relay moves it to BullMQ.
 */
@Injectable()
export class OutboxWriter {
  async enqueueEmail<T extends EmailTemplateName>(tx: Tx, message: EmailMessage<T>): Promise<void> {
    // Checked here too, so a bad message fails the change that caused it, not a job later.
    const payload = ZEmailPayload.parse(message);
    await tx.outboxMessage.createMany({
      data: [{ dedupeKey: payload.dedupeKey, kind: 'email', payload: payload as Prisma.InputJsonObject }],
      skipDuplicates: true,
    });
  }
}
