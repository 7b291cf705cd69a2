import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

const DAY_MS = 24 * 3_600_000;

/**
 * How long each kind of record outlives its use (docs/api.md, "Retention"). What grant
 * accountability needs (applications, decisions, organisations, the audit log) is not here:
 * it is kept for the programme's archive period.
 */
export const RETENTION_DAYS = {
  /** Ended sessions (expired or revoked): kept a month for looking into a suspicious sign-in. */
  endedSessions: 30,
  /** Used or expired verification, reset and invitation tokens. */
  spentAuthTokens: 30,
  /** Content of sent e-mails (addresses, names, links); the row stays so a message is never sent twice. */
  sentEmailPayloads: 30,
  /** Used recovery codes. */
  usedRecoveryCodes: 90,
  /** Sign-in devices not seen for a year are forgotten (a sign-in from one is then "new" again). */
  staleKnownDevices: 365,
} as const;

export type RetentionResult = Record<keyof typeof RETENTION_DAYS, number>;

/** Applies every retention rule once; safe to run any number of times. */
@Injectable()
export class RetentionService {
  constructor(private readonly prisma: PrismaService) {}

  async run(now: Date): Promise<RetentionResult> {
    const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const sessionsCutoff = before(RETENTION_DAYS.endedSessions);
    const tokensCutoff = before(RETENTION_DAYS.spentAuthTokens);
    const emailCutoff = before(RETENTION_DAYS.sentEmailPayloads);
    return {
      endedSessions: (
        await this.prisma.session.deleteMany({
          where: { OR: [{ expiresAt: { lt: sessionsCutoff } }, { revokedAt: { lt: sessionsCutoff } }] },
        })
      ).count,
      spentAuthTokens: (
        await this.prisma.authToken.deleteMany({
          where: { OR: [{ expiresAt: { lt: tokensCutoff } }, { usedAt: { lt: tokensCutoff } }] },
        })
      ).count,
      sentEmailPayloads: await this.prisma.$executeRaw`
        UPDATE "OutboxMessage" SET payload = '{"redacted":true}'::jsonb
         WHERE "sentAt" < ${emailCutoff} AND NOT (payload ? 'redacted')`,
      usedRecoveryCodes: (
        await this.prisma.recoveryCode.deleteMany({ where: { usedAt: { lt: before(RETENTION_DAYS.usedRecoveryCodes) } } })
      ).count,
      staleKnownDevices: (
        await this.prisma.knownDevice.deleteMany({ where: { lastSeenAt: { lt: before(RETENTION_DAYS.staleKnownDevices) } } })
      ).count,
    };
  }
}
