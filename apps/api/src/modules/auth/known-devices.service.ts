import { Injectable } from '@nestjs/common';
import { formatRigaDateTime, type TLocale } from '@kopa/shared';
import { OutboxWriter } from '../../jobs/outbox.writer';
import type { Tx } from '../../prisma/prisma.service';
import type { User } from '../../generated/prisma/client';
import type { ClientInfo } from './auth.service';
import { deviceFingerprint, ipNetwork } from './known-devices';

/** Remembers where a user signs in from and e-mails them about a sign-in from somewhere new. */
@Injectable()
export class KnownDevicesService {
  constructor(private readonly outbox: OutboxWriter) {}

  /** Called inside the transaction of a completed sign-in. The very first device of an account is not news. */
  async noteSignIn(tx: Tx, user: User, client: ClientInfo, now: Date): Promise<boolean> {
    const fingerprint = deviceFingerprint(client.userAgent, client.ipAddress);
    const existing = await tx.knownDevice.findUnique({ where: { userId_fingerprint: { userId: user.id, fingerprint } } });
    if (existing) {
      await tx.knownDevice.update({
        where: { userId_fingerprint: { userId: user.id, fingerprint } },
        data: { lastSeenAt: now },
      });
      return false;
    }
    const otherDevices = await tx.knownDevice.count({ where: { userId: user.id } });
    // Two sign-ins from one new device at once: the second finds the row the first just added.
    const { count: added } = await tx.knownDevice.createMany({ data: [{ userId: user.id, fingerprint, firstSeenAt: now, lastSeenAt: now }], skipDuplicates: true });
    if (added === 0 || otherDevices === 0) return false;
    const locale = user.locale as TLocale;
    await this.outbox.enqueueEmail(tx, {
      dedupeKey: `new-device-sign-in:${user.id}:${fingerprint}:${now.toISOString()}`,
      to: user.email,
      locale,
      template: 'new-device-sign-in',
      params: {
        displayName: user.displayName,
        signedInAt: formatRigaDateTime(now, locale),
        device: (client.userAgent ?? '').slice(0, 200) || '—',
        network: ipNetwork(client.ipAddress),
      },
    });
    return true;
  }
}
