import { Injectable } from '@nestjs/common';
import { AuditService } from '../../common/audit/audit.service';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService } from '../../prisma/prisma.service';
import { AuthTokensService } from './auth-tokens.service';
import { assertPasswordNotCommon } from './password-policy';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';
import { Clock } from '../../common/clock/clock';
import { LoginThrottle } from './login-throttle';

/** "Forgot password": an e-mailed one-hour link that sets a new password and ends every session. */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: AuthTokensService,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Sends a link when the address has an account; the answer is the same either way. */
  async requestReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return;
    await this.prisma.$transaction(async (tx) => {
      const token = await this.tokens.issue(tx, user.id, 'password_reset');
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `reset-password:${token.id}`,
        to: user.email,
        locale: user.locale,
        template: 'reset-password',
        params: { displayName: user.displayName, link: token.link },
      });
      await this.audit.record(tx, {
        actorId: null,
        action: 'user.password_reset_requested',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  /**
   * Whoever opens the link has proved they hold the mailbox: the sign-in throttle of the
   * account is cleared, so guesses from elsewhere can never keep the owner out.
   */
  async reset(token: string, newPassword: string): Promise<void> {
    assertPasswordNotCommon(newPassword, 'password');
    const passwordHash = await this.passwords.hash(newPassword);
    const email = await this.prisma.$transaction(async (tx) => {
      // An invited reviewer sets their first password through the same page (account_invitation).
      const used = await this.tokens.consume(tx, ['password_reset', 'account_invitation'], token);
      const now = this.clock.now();
      const user = await this.users.setPassword(tx, used.userId, passwordHash);
      // The link reached the mailbox, which is all that verification proves.
      const verified = await this.users.markEmailVerified(tx, user.id, now);
      const sessionsRevoked = await this.sessions.revokeAll(user.id, undefined, tx);
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `password-changed:reset:${used.id}`,
        to: user.email,
        locale: user.locale,
        template: 'password-changed',
        params: { displayName: user.displayName },
      });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.password_reset',
        entityType: 'user',
        entityId: user.id,
        after: { sessionsRevoked, throttleCleared: true, ...(verified ? { emailVerifiedAt: now } : {}) },
      });
      return user.email;
    });
    await this.throttle.clearAccount(email);
  }
}
