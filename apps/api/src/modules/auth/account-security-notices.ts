import { Injectable } from '@nestjs/common';
import { formatRigaDateTime, type TLocale } from '@kopa/shared';
import { OutboxWriter } from '../../jobs/outbox.writer';
import type { Tx } from '../../prisma/prisma.service';
import type { User } from '../../generated/prisma/client';

type AccountSecurityEvent = 'failed-sign-ins' | 'two-factor-disabled' | 'recovery-codes-regenerated';

/** Tells the owner (e-mail and inbox, in their language) about a change to how their account is protected. */
@Injectable()
export class AccountSecurityNotices {
  constructor(private readonly outbox: OutboxWriter) {}

  /** Inside the transaction of the change, so the notice exists exactly when the change does. */
  async send(tx: Tx, user: Pick<User, 'id' | 'email' | 'displayName' | 'locale'>, event: AccountSecurityEvent, at: Date): Promise<void> {
    const locale = user.locale as TLocale;
    await this.outbox.enqueueEmail(tx, {
      dedupeKey: `account-security-notice:${event}:${user.id}:${at.toISOString()}`,
      to: user.email,
      userId: user.id,
      locale,
      template: 'account-security-notice',
      params: { displayName: user.displayName, event, occurredAt: formatRigaDateTime(at, locale) },
    });
  }
}
