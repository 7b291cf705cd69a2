import { Injectable } from '@nestjs/common';
import type { TLocale, TSessionResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService } from '../../prisma/prisma.service';
import type { User } from '../../generated/prisma/client';
import { toSessionResponse } from './auth.mapper';
import { assertPasswordNotCommon } from './password-policy';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';
import { Clock } from '../../common/clock/clock';

/** The signed-in user's own account: profile settings, password, sessions. */
@Injectable()
export class AccountService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async me(principal: Principal): Promise<User> {
    const user = await this.users.findById(principal.id);
    // The session outlived its user (erased in the meantime): treat it as signed out.
    if (!user) throw Problems.unauthenticated();
    return user;
  }

  async updateLocale(principal: Principal, locale: TLocale): Promise<User> {
    const before = await this.me(principal);
    if (before.locale === locale) return before;
    return this.prisma.$transaction(async (tx) => {
      const after = await this.users.updateLocale(tx, principal.id, locale);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'user.locale_changed',
        entityType: 'user',
        entityId: principal.id,
        before: { locale: before.locale },
        after: { locale: after.locale },
      });
      return after;
    });
  }

  /** Needs the current password; ends every other session of the user, keeps this one. */
  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.me(principal);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw Problems.validation([
        { path: 'currentPassword', code: 'wrong_password', message: 'The current password is not correct' },
      ]);
    }
    assertPasswordNotCommon(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    const now = this.clock.now();
    await this.prisma.$transaction(async (tx) => {
      await this.users.setPassword(tx, user.id, passwordHash);
      const otherSessionsRevoked = await this.sessions.revokeAll(user.id, principal.sessionId, tx);
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `password-changed:${user.id}:${now.toISOString()}`,
        to: user.email,
        locale: user.locale,
        template: 'password-changed',
        params: { displayName: user.displayName },
      });
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.password_changed',
        entityType: 'user',
        entityId: user.id,
        after: { otherSessionsRevoked },
      });
    });
  }

  async listSessions(principal: Principal): Promise<TSessionResponse[]> {
    const sessions = await this.sessions.listActive(principal.id);
    return sessions.map((session) => toSessionResponse(session, principal.sessionId));
  }

  /** Only the user's own active sessions exist here; anything else is 404. */
  async revokeSession(principal: Principal, sessionId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      if ((await this.sessions.revoke(sessionId, principal.id, tx)) === 0) throw Problems.notFound();
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'session.revoked',
        entityType: 'session',
        entityId: sessionId,
      });
    });
  }
}
