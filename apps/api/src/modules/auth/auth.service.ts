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
import { AccountSecurityNotices } from './account-security-notices';
import { LoginThrottle } from './login-throttle';

export interface ClientInfo {
  userAgent?: string;
  ipAddress?: string;
}

/** Sign-in and sign-out: credentials, throttling of repeated failures, sessions. */
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
    private readonly throttle: LoginThrottle,
    private readonly notices: AccountSecurityNotices,
  ) {}

  /**
   * The local strategy's check. Order matters: a throttled (account, address) pair is refused
   * before the password is looked at, and "not verified" is only said to someone who knows
   * the password. The throttle is per pair: guesses from elsewhere never keep the owner out.
   */
  async verifyCredentials(email: string, password: string, client: ClientInfo): Promise<User> {
    const waitMs = await this.throttle.waitMs(email, client.ipAddress);
    if (waitMs > 0) throw AuthProblems.signInThrottled(Math.ceil(waitMs / 1000));
    const user = await this.users.findByEmail(email);
    if (!user) {
      await this.passwords.verifyDummy(password);
      throw await this.recordFailure(email, client, null);
    }
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw await this.recordFailure(email, client, user);
    }
    await this.throttle.clearPair(email, client.ipAddress);
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

  /**
   * Counts the failure for the (account, address) pair and returns the error to throw: 401, or
   * 429 with Retry-After once the pair is past its free attempts. An unknown address is
   * counted the same way, so the answers never tell whether an account exists. The owner
   * hears of repeated failures once a day at most.
   */
  private async recordFailure(email: string, client: ClientInfo, user: User | null) {
    const outcome = await this.throttle.recordFailure(email, client.ipAddress, user?.id ?? null);
    if (user) {
      await this.prisma.$transaction(async (tx) => {
        await this.audit.record(tx, {
          actorId: null,
          action: 'user.login_failed',
          entityType: 'user',
          entityId: user.id,
          after: { throttledForSeconds: outcome.retryAfterSeconds },
        });
        if (outcome.notifyOwner) await this.notices.send(tx, user, 'failed-sign-ins', this.clock.now());
      });
    }
    return outcome.retryAfterSeconds > 0 ? AuthProblems.signInThrottled(outcome.retryAfterSeconds) : AuthProblems.invalidCredentials();
  }
}
