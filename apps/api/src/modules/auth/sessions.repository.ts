import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { Prisma } from '../../generated/prisma/client';

interface ActiveSessionRow {
  id: string;
  lastSeenAt: Date;
  secondFactorPending: boolean;
  reauthenticatedAt: Date | null;
  userId: string;
  email: string;
  displayName: string;
  roles: string[];
  locale: string;
  totpEnabled: boolean;
}

/** A session that may be used now, with the user it signs in. */
export interface ActiveSession {
  id: string;
  lastSeenAt: Date;
  secondFactorPending: boolean;
  reauthenticatedAt: Date | null;
  user: { id: string; email: string; displayName: string; roles: string[]; locale: string; totpEnabled: boolean };
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Writes take an optional transaction so a session change commits with its audit entry. */
  private db(tx?: Tx): Tx {
    return tx ?? this.prisma;
  }

  create(
    data: {
      userId: string;
      tokenHash: string;
      expiresAt: Date;
      userAgent: string | null;
      ipAddress: string | null;
      secondFactorPending: boolean;
    },
    tx?: Tx,
  ) {
    return this.db(tx).session.create({ data });
  }

  /**
   * Every signed-in request asks this, so it is one statement (session joined to its user,
   * only the columns a Principal needs) rather than Prisma's two queries of whole rows.
   */
  async findActiveByTokenHash(tokenHash: string, now: Date): Promise<ActiveSession | null> {
    const rows = await this.prisma.readRaw<ActiveSessionRow>(Prisma.sql`
      SELECT s.id::text AS id, s."lastSeenAt", s."secondFactorPending", s."reauthenticatedAt",
             u.id::text AS "userId", u.email, u."displayName", u.roles::text[] AS roles, u.locale::text AS locale,
             u."totpEnabledAt" IS NOT NULL AS "totpEnabled"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
      -- A deactivated account's sessions are revoked too; this also shuts any that slipped past.
      WHERE s."tokenHash" = ${tokenHash} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND u."deactivatedAt" IS NULL`);
    const row = rows[0];
    if (!row) return null;
    const { userId, email, displayName, roles, locale, totpEnabled, ...session } = row;
    return { ...session, user: { id: userId, email, displayName, roles, locale, totpEnabled } };
  }

  touch(id: string, now: Date) {
    return this.prisma.session.update({ where: { id }, data: { lastSeenAt: now } });
  }

  completeSecondFactor(id: string, tokenHash: string, expiresAt: Date, tx?: Tx) {
    return this.db(tx).session.update({
      where: { id },
      data: { tokenHash, expiresAt, secondFactorPending: false, secondFactorAttempts: 0 },
    });
  }

  async incrementSecondFactorAttempts(id: string): Promise<number> {
    const session = await this.prisma.session.update({
      where: { id },
      data: { secondFactorAttempts: { increment: 1 } },
      select: { secondFactorAttempts: true },
    });
    return session.secondFactorAttempts;
  }

  markReauthenticated(id: string, at: Date, tx?: Tx) {
    return this.db(tx).session.update({ where: { id }, data: { reauthenticatedAt: at } });
  }

  /** Half-finished sign-ins are not sessions a person would recognise or revoke. */
  listActiveForUser(userId: string, now: Date) {
    return this.prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: now }, secondFactorPending: false },
      orderBy: { lastSeenAt: 'desc' },
    });
  }

  /** Revokes one session only if it belongs to the user; returns how many were revoked. */
  async revokeOwned(id: string, userId: string, now: Date, tx?: Tx): Promise<number> {
    const result = await this.db(tx).session.updateMany({
      where: { id, userId, revokedAt: null },
      data: { revokedAt: now },
    });
    return result.count;
  }

  async revokeAllForUser(userId: string, now: Date, exceptSessionId?: string, tx?: Tx): Promise<number> {
    const result = await this.db(tx).session.updateMany({
      where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
      data: { revokedAt: now },
    });
    return result.count;
  }
}
