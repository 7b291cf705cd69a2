import { Injectable } from '@nestjs/common';
import type { TLocale, TNotificationCategory } from '@kopa/shared';
import type { Tx } from '../prisma/prisma.service';
import type { InboxContent } from './inbox-content';

export interface InboxRecipient {
  id: string;
  locale: TLocale;
}

/** The SQL behind the inbox copy of each e-mail, always inside the writer's transaction. */
@Injectable()
export class InboxRepository {
  /** The account an e-mail goes to: by id when the caller knows it, else by its (lower-case) address. */
  findRecipient(tx: Tx, userId: string | undefined, email: string): Promise<InboxRecipient | null> {
    const select = { id: true, locale: true } as const;
    return userId
      ? tx.user.findUnique({ where: { id: userId }, select })
      : tx.user.findUnique({ where: { email: email.toLowerCase() }, select });
  }

  /** Writes the notification once per dedupe key; true when this call wrote it. */
  async createOnce(tx: Tx, userId: string, category: TNotificationCategory, dedupeKey: string, content: InboxContent): Promise<boolean> {
    const { count } = await tx.notification.createMany({
      data: [{ userId, category, dedupeKey, subject: content.subject, body: content.body, link: content.link }],
      skipDuplicates: true,
    });
    return count === 1;
  }

  /** Whether the user wants e-mail for a category; no choice recorded means yes. */
  async wantsEmail(tx: Tx, userId: string, category: TNotificationCategory): Promise<boolean> {
    const preference = await tx.notificationPreference.findUnique({
      where: { userId_category: { userId, category } },
      select: { email: true },
    });
    return preference?.email ?? true;
  }
}
