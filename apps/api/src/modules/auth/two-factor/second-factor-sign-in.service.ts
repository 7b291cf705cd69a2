import { Injectable } from '@nestjs/common';
import { PROBLEM_TYPES, REAUTH_WINDOW_MINUTES, type TReauthenticateRequest, type TSecondFactorRequest } from '@kopa/shared';
import type { Principal } from '../../../common/auth/principal';
import { AuditService } from '../../../common/audit/audit.service';
import { Clock } from '../../../common/clock/clock';
import { ProblemException, Problems } from '../../../common/problem/problem.exception';
import { PrismaService } from '../../../prisma/prisma.service';
import type { User } from '../../../generated/prisma/client';
import type { ClientInfo } from '../auth.service';
import { KnownDevicesService } from '../known-devices.service';
import { PasswordService } from '../password.service';
import { SessionsService } from '../sessions.service';
import { UsersRepository } from '../users.repository';
import { TwoFactorService } from './two-factor.service';

/** Wrong codes one half-finished sign-in may try; then the password must be given again. */
export const MAX_SECOND_FACTOR_ATTEMPTS = 5;

/** The second step of signing in, and re-authentication before sensitive actions. */
@Injectable()
export class SecondFactorSignInService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionsService,
    private readonly twoFactor: TwoFactorService,
    private readonly knownDevices: KnownDevicesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Finishes a sign-in whose password was accepted; returns the full session's new token. */
  async complete(principal: Principal, input: TSecondFactorRequest, client: ClientInfo) {
    if (!principal.secondFactorPending) throw Problems.conflict('This session is already signed in.');
    const user = await this.users.findById(principal.id);
    if (!user?.totpEnabledAt) throw new ProblemException(PROBLEM_TYPES.secondFactorExpired, 401);
    const method = await this.twoFactor.check(user, input);
    if (!method) throw await this.recordFailure(principal, user);
    const session = await this.prisma.$transaction(async (tx) => {
      const completed = await this.sessions.completeSecondFactor(principal.sessionId, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.login',
        entityType: 'user',
        entityId: user.id,
        after: { sessionId: principal.sessionId, secondFactor: method },
      });
      await this.knownDevices.noteSignIn(tx, user, client, this.clock.now());
      return completed;
    });
    return { session, user };
  }

  /** Password again, plus a code when 2FA is on; the session may then take sensitive actions for a while. */
  async reauthenticate(principal: Principal, input: TReauthenticateRequest): Promise<Date> {
    const user = await this.users.findById(principal.id);
    if (!user) throw Problems.unauthenticated();
    if (!(await this.passwords.verify(user.passwordHash, input.password))) {
      throw Problems.validation([{ path: 'password', code: 'wrong_password', message: 'The password is not correct' }]);
    }
    if (user.totpEnabledAt) {
      if (!input.code && !input.recoveryCode) {
        throw Problems.validation([{ path: 'code', code: 'required', message: 'Enter the code from your authenticator app' }]);
      }
      const method = await this.twoFactor.check(user, input.code ? { code: input.code } : { recoveryCode: input.recoveryCode });
      if (!method) throw this.twoFactor.wrongCode(input.code ? 'code' : 'recoveryCode');
    }
    const now = this.clock.now();
    await this.prisma.$transaction(async (tx) => {
      await this.sessions.markReauthenticated(principal.sessionId, now, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.reauthenticated',
        entityType: 'session',
        entityId: principal.sessionId,
      });
    });
    return new Date(now.getTime() + REAUTH_WINDOW_MINUTES * 60_000);
  }

  /** After too many wrong codes the half-session ends: guessing needs the password again each time. */
  private async recordFailure(principal: Principal, user: User) {
    const attempts = await this.sessions.recordSecondFactorFailure(principal.sessionId);
    await this.prisma.$transaction(async (tx) => {
      await this.audit.record(tx, {
        actorId: null,
        action: 'user.second_factor_failed',
        entityType: 'user',
        entityId: user.id,
        after: { attempts },
      });
      if (attempts >= MAX_SECOND_FACTOR_ATTEMPTS) await this.sessions.revoke(principal.sessionId, user.id, tx);
    });
    if (attempts >= MAX_SECOND_FACTOR_ATTEMPTS) return new ProblemException(PROBLEM_TYPES.secondFactorExpired, 401);
    return this.twoFactor.wrongCode('code');
  }
}
