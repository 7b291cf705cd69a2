import { Injectable } from '@nestjs/common';
import type { TRegisterRequest } from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { Prisma, type User } from '../../generated/prisma/client';
import { AuthTokensService } from './auth-tokens.service';
import { userAuditSnapshot } from './auth.mapper';
import { assertPasswordNotCommon } from './password-policy';
import { PasswordService } from './password.service';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';
import { Clock } from '../../common/clock/clock';

/** Sign-up and e-mail verification. Answers never reveal whether an address is registered. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: AuthTokensService,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  async register(input: TRegisterRequest): Promise<void> {
    assertPasswordNotCommon(input.password, 'password');
    // Hash first: the slow step happens whether or not the address is taken.
    const passwordHash = await this.passwords.hash(input.password);
    const existing = await this.users.findByEmail(input.email);
    if (existing) {
      if (!existing.emailVerifiedAt) await this.reregister(existing, input, passwordHash);
      return;
    }
    try {
      await this.prisma.$transaction(async (tx) => {
        const user = await this.users.create(tx, {
          email: input.email,
          passwordHash,
          displayName: input.displayName,
          locale: input.locale,
          roles: ['applicant'],
        });
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'user.registered',
          entityType: 'user',
          entityId: user.id,
          after: userAuditSnapshot(user),
        });
        await this.sendVerification(tx, user);
      });
    } catch (error) {
      // The same address registered concurrently: the other request won, the answer is the same.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return;
      throw error;
    }
  }

  async verifyEmail(token: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const used = await this.tokens.consume(tx, 'email_verification', token);
      const now = this.clock.now();
      if (await this.users.markEmailVerified(tx, used.userId, now)) {
        await this.audit.record(tx, {
          actorId: used.userId,
          action: 'user.email_verified',
          entityType: 'user',
          entityId: used.userId,
          before: { emailVerifiedAt: null },
          after: { emailVerifiedAt: now },
        });
      }
    });
  }

  /**
   * Registering an address again before it is verified: the latest registration's password,
   * name and language win, and every earlier link stops working. Otherwise whoever registered
   * someone else's address first would keep a password the owner never chose and sign in
   * as them once the owner verifies (pre-account takeover).
   */
  private async reregister(existing: User, input: TRegisterRequest, passwordHash: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const user = await this.users.replaceUnverifiedCredential(tx, existing.id, {
        passwordHash,
        displayName: input.displayName,
        locale: input.locale,
      });
      // Verified in the meantime (a concurrent verification): the owner's password stands.
      if (!user) return;
      await this.sessions.revokeAll(user.id, undefined, tx);
      await this.audit.record(tx, {
        actorId: null,
        action: 'user.registered_again',
        entityType: 'user',
        entityId: user.id,
        after: { credentialReplaced: true },
      });
      await this.sendVerification(tx, user);
    });
  }

  /** A new link for an unverified account; for anyone else nothing happens (and nothing is said). */
  async resendVerification(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.emailVerifiedAt) return;
    await this.prisma.$transaction(async (tx) => {
      await this.sendVerification(tx, user);
      await this.audit.record(tx, {
        actorId: null,
        action: 'user.verification_resent',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  private async sendVerification(tx: Tx, user: User): Promise<void> {
    const token = await this.tokens.issue(tx, user.id, 'email_verification');
    await this.outbox.enqueueEmail(tx, {
      dedupeKey: `verify-email:${token.id}`,
      to: user.email,
      locale: user.locale,
      template: 'verify-email',
      params: { displayName: user.displayName, link: token.link },
    });
  }
}
