import { Injectable } from '@nestjs/common';
import type { TLocale } from '@kopa/shared';
import type { Tx } from '../prisma/prisma.service';
import type { EmailTemplateName } from './email-templates';

export interface EmailMessage<T extends EmailTemplateName = EmailTemplateName> {
  /** Unique per logical message (e.g. `verify-email:<tokenId>`); a repeat is ignored. */
  dedupeKey: string;
  to: string;
  locale: TLocale;
  template: T;
  params: Record<string, string>;
}

/**
 * Writes outgoing messages into the outbox inside the caller's transaction, so a message
 * exists exactly when the change that caused it was committed. The relay moves it to BullMQ.
 */
@Injectable()
export class OutboxWriter {
  async enqueueEmail(tx: Tx, message: EmailMessage): Promise<void> {
    await tx.outboxMessage.createMany({
      data: [{ dedupeKey: message.dedupeKey, kind: 'email', payload: { ...message } }],
      skipDuplicates: true,
    });
  }
}
