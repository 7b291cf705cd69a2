import { Inject, Injectable } from '@nestjs/common';
import type { TLocale, TRole } from '@kopa/shared';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { Principal } from '../../common/auth/principal';
import type { Tx } from '../../prisma/prisma.service';
import { SessionsRepository } from './sessions.repository';
import { hashToken, newSecretToken } from './secret-token';
import { Clock } from '../../common/clock/clock';

/** lastSeenAt is informational; writing it on every request would cost a write per read. */
const TOUCH_INTERVAL_MS = 60_000;
/** A session waiting for the TOTP code lives only this long: enough to open the app and type it. */
export const SECOND_FACTOR_WINDOW_MS = 10 * 60_000;

@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Starts a session and returns the raw token for the cookie (never stored). */
  async start(
    userId: string,
    client: { userAgent?: string; ipAddress?: string },
    tx?: Tx,
    options: { secondFactorPending?: boolean } = {},
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const token = newSecretToken();
    const secondFactorPending = options.secondFactorPending ?? false;
    const expiresAt = secondFactorPending
      ? new Date(this.clock.now().getTime() + SECOND_FACTOR_WINDOW_MS)
      : new Date(this.clock.now().getTime() + this.config.SESSION_TTL_HOURS * 3_600_000);
    const session = await this.sessions.create(
      {
        userId,
        tokenHash: hashToken(token),
        expiresAt,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
        ipAddress: client.ipAddress ?? null,
        secondFactorPending,
      },
      tx,
    );
    return { id: session.id, token, expiresAt };
  }

  /**
   * The second factor was given: the session becomes a full one under a new token (the
   * half-signed-in token is never worth more than the password alone) and a full lifetime.
   */
  async completeSecondFactor(sessionId: string, tx?: Tx): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecretToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.SESSION_TTL_HOURS * 3_600_000);
    await this.sessions.completeSecondFactor(sessionId, hashToken(token), expiresAt, tx);
    return { token, expiresAt };
  }

  /** Counts a wrong code; returns the number of wrong codes this session has seen. */
  recordSecondFactorFailure(sessionId: string): Promise<number> {
    return this.sessions.incrementSecondFactorAttempts(sessionId);
  }

  markReauthenticated(sessionId: string, at: Date, tx?: Tx) {
    return this.sessions.markReauthenticated(sessionId, at, tx);
  }

  async authenticate(token: string): Promise<Principal | null> {
    const now = this.clock.now();
    const session = await this.sessions.findActiveByTokenHash(hashToken(token), now);
    if (!session) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(session.id, now);
    }
    const { user } = session;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles as TRole[],
      locale: user.locale as TLocale,
      sessionId: session.id,
      secondFactorPending: session.secondFactorPending,
      totpEnabled: user.totpEnabled,
      reauthenticatedAt: session.reauthenticatedAt,
    };
  }

  listActive(userId: string) {
    return this.sessions.listActiveForUser(userId, this.clock.now());
  }

  revoke(sessionId: string, userId: string, tx?: Tx): Promise<number> {
    return this.sessions.revokeOwned(sessionId, userId, this.clock.now(), tx);
  }

  revokeAll(userId: string, exceptSessionId?: string, tx?: Tx): Promise<number> {
    return this.sessions.revokeAllForUser(userId, this.clock.now(), exceptSessionId, tx);
  }
}
