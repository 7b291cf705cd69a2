import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

/** Where a user's personal data lives: read for the export, anonymised or deleted for erasure. */
@Injectable()
export class PersonalDataRepository {
  constructor(private readonly prisma: PrismaService) {}

  async collect(userId: string) {
    const user = await this.prisma.user.findUnique({ where: { id: userId } });
    if (!user) return null;
    const [sessions, memberships, applications, claims, notifications, auditEntries, attachments, knownDevices] = await Promise.all([
      this.prisma.session.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
      this.prisma.organisationMember.findMany({
        where: { userId },
        include: { organisation: { select: { id: true, legalName: true } } },
        orderBy: { createdAt: 'asc' },
      }),
      this.prisma.application.findMany({
        where: { OR: [{ createdById: userId }, { submittedById: userId }] },
        select: {
          id: true,
          referenceNumber: true,
          callId: true,
          answers: true,
          requestedCents: true,
          createdAt: true,
          submittedAt: true,
          createdById: true,
          submittedById: true,
        },
        orderBy: { createdAt: 'asc' },
      }),
      this.prisma.organisationClaim.findMany({ where: { claimantId: userId }, orderBy: { createdAt: 'asc' } }),
      this.prisma.notification.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } }),
      this.prisma.auditLog.findMany({
        where: { actorId: userId },
        select: { action: true, entityType: true, entityId: true, createdAt: true },
        orderBy: { createdAt: 'asc' },
      }),
      this.prisma.attachment.findMany({ where: { uploadedById: userId, deletedAt: null }, orderBy: { createdAt: 'asc' } }),
      this.prisma.knownDevice.count({ where: { userId } }),
    ]);
    return { user, sessions, memberships, applications, claims, notifications, auditEntries, attachments, knownDevices };
  }

  /**
   * Anonymises the account in place. The row stays (applications, decisions and audit entries
   * point at it: grant accountability needs to know that one and the same account acted), but
   * nothing in it identifies the person any more, and it can never sign in again.
   */
  async anonymise(tx: Tx, userId: string, now: Date) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: `erased-${userId}@erased.invalid`,
        displayName: 'Dzēsts lietotājs / Erased user',
        passwordHash: '!erased',
        roles: [],
        emailVerifiedAt: null,
        totpSecret: null,
        totpEnabledAt: null,
        totpLastUsedStep: null,
        erasedAt: now,
      },
    });
    const counts = {
      sessions: (await tx.session.deleteMany({ where: { userId } })).count,
      authTokens: (await tx.authToken.deleteMany({ where: { userId } })).count,
      recoveryCodes: (await tx.recoveryCode.deleteMany({ where: { userId } })).count,
      knownDevices: (await tx.knownDevice.deleteMany({ where: { userId } })).count,
      notifications: (await tx.notification.deleteMany({ where: { userId } })).count,
      notificationPreferences: (await tx.notificationPreference.deleteMany({ where: { userId } })).count,
      memberships: (await tx.organisationMember.deleteMany({ where: { userId } })).count,
      invitations: (await tx.organisationInvitation.deleteMany({ where: { email: user.email } })).count,
      claimMessages: (await tx.organisationClaim.updateMany({ where: { claimantId: userId }, data: { message: '' } })).count,
      // Unsent mail to the person is dropped; sent mail keeps its row (dedupe) without its content.
      unsentEmails: await tx.$executeRaw`DELETE FROM "OutboxMessage" WHERE payload->>'to' = ${user.email} AND "sentAt" IS NULL AND "relayedAt" IS NULL`,
      sentEmails: await tx.$executeRaw`UPDATE "OutboxMessage" SET payload = '{"redacted":true}'::jsonb WHERE payload->>'to' = ${user.email}`,
      // Audit entries about the account keep what happened, not who the person was or where from.
      auditEntries: await tx.$executeRaw`
        UPDATE "AuditLog"
           SET "after" = CASE WHEN jsonb_typeof("after") = 'object' THEN "after" - 'email' - 'displayName' - 'ipAddress' - 'userAgent' ELSE "after" END,
               "before" = CASE WHEN jsonb_typeof("before") = 'object' THEN "before" - 'email' - 'displayName' - 'ipAddress' - 'userAgent' ELSE "before" END
         WHERE "entityType" IN ('user', 'session') AND ("entityId" = ${userId} OR "actorId" = ${userId}::uuid)`,
    };
    return { email: user.email, counts };
  }
}
