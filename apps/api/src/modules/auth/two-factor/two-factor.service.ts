import { Injectable } from '@nestjs/common';
import {
  PROBLEM_TYPES,
  totpRequiredFor,
  type TRole,
  type TSecondFactorRequest,
  type TTotpEnrolmentResponse,
  type TTwoFactorStatusResponse,
} from '@kopa/shared';
import type { Principal } from '../../../common/auth/principal';
import { AuditService } from '../../../common/audit/audit.service';
import { Clock } from '../../../common/clock/clock';
import { ProblemException, Problems } from '../../../common/problem/problem.exception';
import { PrismaService } from '../../../prisma/prisma.service';
import type { User } from '../../../generated/prisma/client';
import { AccountSecurityNotices } from '../account-security-notices';
import { SessionsService } from '../sessions.service';
import { UsersRepository } from '../users.repository';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes';
import { newTotpSecret, totpQrCodeDataUrl, totpUri, verifyTotp } from './totp';
import { TotpSecretCipher } from './totp-secret-cipher';
import { TwoFactorRepository } from './two-factor.repository';

/** TOTP enrolment, recovery codes and the check of a second factor (sign-in and re-authentication). */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersRepository,
    private readonly repository: TwoFactorRepository,
    private readonly sessions: SessionsService,
    private readonly cipher: TotpSecretCipher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notices: AccountSecurityNotices,
  ) {}

  async status(principal: Principal): Promise<TTwoFactorStatusResponse> {
    const user = await this.user(principal);
    return {
      enabled: user.totpEnabledAt !== null,
      enabledAt: user.totpEnabledAt?.toISOString() ?? null,
      required: totpRequiredFor(user.roles as TRole[]),
      recoveryCodesRemaining: user.totpEnabledAt ? await this.repository.countUnusedRecoveryCodes(user.id) : 0,
    };
  }

  /** A fresh secret each time: a half-finished enrolment is simply replaced. */
  async startEnrolment(principal: Principal): Promise<TTotpEnrolmentResponse> {
    const user = await this.user(principal);
    if (user.totpEnabledAt) throw Problems.conflict('Two-step sign-in is already on; turn it off first to set it up again.');
    const secret = newTotpSecret();
    await this.repository.setPendingSecret(user.id, this.cipher.encrypt(secret));
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCodeDataUrl: await totpQrCodeDataUrl(otpauthUri) };
  }

  /** The first correct code proves the app holds the secret; only then is 2FA on. Returns the recovery codes, shown once. */
  async confirmEnrolment(principal: Principal, code: string): Promise<string[]> {
    const user = await this.user(principal);
    if (user.totpEnabledAt) throw Problems.conflict('Two-step sign-in is already on.');
    const secret = user.totpSecret ? this.cipher.decrypt(user.totpSecret) : null;
    if (!secret) throw Problems.conflict('Start the set-up again: no enrolment is in progress.');
    const step = verifyTotp(secret, code, this.clock.now());
    if (step === null) throw this.wrongCode('code');
    const codes = newRecoveryCodes();
    const now = this.clock.now();
    await this.prisma.$transaction(async (tx) => {
      // The confirming code counts as used: it cannot also sign in.
      await this.repository.enable(tx, user.id, now, step);
      await this.repository.replaceRecoveryCodes(tx, user.id, codes.hashes);
      // Entering a code is as good as re-entering the password for the next few minutes.
      await this.sessions.markReauthenticated(principal.sessionId, now, tx);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.totp_enabled',
        entityType: 'user',
        entityId: user.id,
        after: { totpEnabledAt: now, recoveryCodes: codes.hashes.length },
      });
    });
    return codes.shown;
  }

  /** The owner is told by e-mail: someone in their session could otherwise keep a set unnoticed. */
  async regenerateRecoveryCodes(principal: Principal): Promise<string[]> {
    const user = await this.user(principal);
    if (!user.totpEnabledAt) throw Problems.conflict('Two-step sign-in is off.');
    const codes = newRecoveryCodes();
    await this.prisma.$transaction(async (tx) => {
      await this.notices.send(tx, user, 'recovery-codes-regenerated', this.clock.now());
      await this.repository.replaceRecoveryCodes(tx, user.id, codes.hashes);
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.recovery_codes_regenerated',
        entityType: 'user',
        entityId: user.id,
      });
    });
    return codes.shown;
  }

  /** Staff cannot turn it off: for them it is the rule, not a choice. The owner is told by e-mail. */
  async disable(principal: Principal): Promise<void> {
    const user = await this.user(principal);
    if (totpRequiredFor(user.roles as TRole[])) {
      throw Problems.forbidden('Two-step sign-in is required for coordinators and administrators.');
    }
    if (!user.totpEnabledAt) return;
    await this.prisma.$transaction(async (tx) => {
      await this.repository.disable(tx, user.id);
      await this.repository.deleteRecoveryCodes(tx, user.id);
      await this.notices.send(tx, user, 'two-factor-disabled', this.clock.now());
      await this.audit.record(tx, {
        actorId: user.id,
        action: 'user.totp_disabled',
        entityType: 'user',
        entityId: user.id,
        before: { totpEnabledAt: user.totpEnabledAt },
      });
    });
  }

  /**
   * Checks a second factor of a user with TOTP on: a code from the app, or an unused recovery
   * code (which is then used up). Returns what was used, or null when it was wrong. A code is
   * refused once it (or a later one) was accepted: one seen over someone's shoulder, or
   * captured on its way, is worth nothing after its owner used it.
   */
  async check(user: User, input: TSecondFactorRequest): Promise<'totp' | 'recovery_code' | null> {
    if (input.code) {
      const secret = user.totpSecret ? this.cipher.decrypt(user.totpSecret) : null;
      const step = secret ? verifyTotp(secret, input.code, this.clock.now()) : null;
      return step !== null && (await this.repository.useTotpStep(user.id, step)) ? 'totp' : null;
    }
    if (input.recoveryCode) {
      const used = await this.repository.useRecoveryCode(user.id, hashRecoveryCode(input.recoveryCode), this.clock.now());
      return used ? 'recovery_code' : null;
    }
    return null;
  }

  wrongCode(field: string) {
    return new ProblemException(PROBLEM_TYPES.invalidSecondFactor, 400, undefined, [
      { path: field, code: 'invalid_code', message: 'The code is not correct' },
    ]);
  }

  private async user(principal: Principal): Promise<User> {
    const user = await this.users.findById(principal.id);
    if (!user) throw Problems.unauthenticated();
    return user;
  }
}
