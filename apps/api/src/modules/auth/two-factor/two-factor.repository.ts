import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../../prisma/prisma.service';

/** Prisma queries of TOTP enrolment and recovery codes. */
@Injectable()
export class TwoFactorRepository {
  constructor(private readonly prisma: PrismaService) {}

  setPendingSecret(userId: string, encryptedSecret: string) {
    return this.prisma.user.update({
      where: { id: userId },
      data: { totpSecret: encryptedSecret, totpEnabledAt: null, totpLastUsedStep: null },
    });
  }

  enable(tx: Tx, userId: string, at: Date, step: number) {
    return tx.user.update({ where: { id: userId }, data: { totpEnabledAt: at, totpLastUsedStep: step } });
  }

  disable(tx: Tx, userId: string) {
    return tx.user.update({ where: { id: userId }, data: { totpSecret: null, totpEnabledAt: null, totpLastUsedStep: null } });
  }

  /**
   * Records the time step of an accepted code, only if it is later than the last one used:
   * a code (or an earlier one) is accepted once, even by two requests at the same moment.
   */
  async useTotpStep(userId: string, step: number): Promise<boolean> {
    const result = await this.prisma.user.updateMany({
      where: { id: userId, OR: [{ totpLastUsedStep: null }, { totpLastUsedStep: { lt: step } }] },
      data: { totpLastUsedStep: step },
    });
    return result.count === 1;
  }

  async replaceRecoveryCodes(tx: Tx, userId: string, hashes: string[]): Promise<void> {
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  }

  deleteRecoveryCodes(tx: Tx, userId: string) {
    return tx.recoveryCode.deleteMany({ where: { userId } });
  }

  /** Marks the code used only if it is still unused: two requests with one code, one wins. */
  async useRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean> {
    const result = await this.prisma.recoveryCode.updateMany({
      where: { userId, codeHash, usedAt: null },
      data: { usedAt: at },
    });
    return result.count === 1;
  }

  countUnusedRecoveryCodes(userId: string) {
    return this.prisma.recoveryCode.count({ where: { userId, usedAt: null } });
  }
}
