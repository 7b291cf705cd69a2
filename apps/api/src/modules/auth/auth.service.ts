import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { PrismaService } from '../../prisma/prisma.service';
import type { User } from '../../generated/prisma/client';
import { AuthProblems } from './auth.problems';
import { KnownDevicesService } from './known-devices.service';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';
import { Clock } from '../../common/clock/clock';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_DURATION_MS = 15 * 60_000;

export interface ClientInfo {
  userAgent?: string;
  ipAddress?: string;
}

/** Sign-in and sign-out: credentials, lockout after repeated failures, sessions. */
@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly knownDevices: KnownDevicesService,
    private readonly clock: Clock,
  ) {}

  /**
   * The local strategy's check. Order matters: a locked account is refused before the
   * password is looked at, and "not verified" is only said to someone who knows the password.
   */
  async verifyCredentials(email: string, password: string): Promise<User> {
    const user = await this.users.findByEmail(email);
    if (!user) {
      await this.passwords.verifyDummy(password);
      throw AuthProblems.invalidCredentials();
    }
    const now = this.clock.now();
    if (user.lockedUntil && user.lockedUntil > now) throw AuthProblems.accountLocked(user.lockedUntil, now);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw await this.recordFailure(user, now);
    }
    if (!user.emailVerifiedAt) throw AuthProblems.emailNotVerified();
    // Only someone who knows the password learns that the account was deactivated.
    if (user.deactivatedAt) throw AuthProblems.accountDeactivated();
    return user;
  }

  /**
   * Starts a session for a user whose credentials were accepted; replaces the caller's old session.
   * With TOTP on, the session only admits the second step (SecondFactorSignInService) until the code is given.
   */
  login(
    user: User,
    client: ClientInfo,
    previous?: Principal,
  ): Promise<{ token: string; expiresAt: Date; secondFactorPending: boolean }> {
    const secondFactorPending = user.totpEnabledAt !== null;
    return this.prisma.$transaction(async (tx) => {
      if (user.failedLoginCount > 0 || user.lockedUntil) await this.users.clearFailedLogins(tx, user.id);
      // Signing in again (or as someone else) in the same browser ends the session it had.
      if (previous) await this.sessions.revoke(previous.sessionId, previous.id, tx);
      const session = await this.sessions.start(user.id, client, tx, { secondFactorPending });
      await this.audit.record(tx, {
        actorId: user.id,
        action: secondFactorPending ? 'user.login_password_accepted' : 'user.login',
        entityType: 'user',
        entityId: user.id,
        // The session row keeps the IP and user agent (the owner sees them); the log only refers to it.
        after: { sessionId: session.id },
      });
      if (!secondFactorPending) await this.knownDevices.noteSignIn(tx, user, client, this.clock.now());
      return { ...session, secondFactorPending };
    });
  }

  async logout(principal: Principal): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.revoke(principal.sessionId, principal.id, tx);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'user.logout',
        entityType: 'session',
        entityId: principal.sessionId,
      });
    });
  }

  /** Counts the failure (committed even though the request fails) and returns the error to throw. */
  private async recordFailure(user: User, now: Date) {
    const lockedUntil = await this.prisma.$transaction(async (tx) => {
      const failures = await this.users.incrementFailedLogins(tx, user.id);
      await this.audit.record(tx, {
        actorId: null,
        action: 'user.login_failed',
        entityType: 'user',
        entityId: user.id,
        after: { failedLoginCount: failures },
      });
      if (failures < MAX_FAILED_LOGINS) return null;
      const until = new Date(now.getTime() + LOCK_DURATION_MS);
      await this.users.lock(tx, user.id, until);
      await this.audit.record(tx, {
        actorId: null,
        action: 'user.locked',
        entityType: 'user',
        entityId: user.id,
        before: { lockedUntil: user.lockedUntil },
        after: { lockedUntil: until, failedLoginCount: failures },
      });
      return until;
    });
    return lockedUntil ? AuthProblems.accountLocked(lockedUntil, this.clock.now()) : AuthProblems.invalidCredentials();
  }
}
