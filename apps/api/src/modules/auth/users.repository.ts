import { Injectable } from '@nestjs/common';
import type { TLocale } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import type { Prisma } from '../../generated/prisma/client';

/** Prisma queries on the User row for the account flows (the rules live in the services). */
@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string) {
    return this.prisma.user.findUnique({ where: { id } });
  }

  /** E-mails are stored lower-case (the request schemas normalise them). */
  findByEmail(email: string) {
    return this.prisma.user.findUnique({ where: { email } });
  }

  create(tx: Tx, data: Prisma.UserCreateInput) {
    return tx.user.create({ data });
  }

  setPassword(tx: Tx, id: string, passwordHash: string) {
    return tx.user.update({ where: { id }, data: { passwordHash } });
  }

  /** Replaces the credential of a still-unverified account; null when it was verified meanwhile. */
  async replaceUnverifiedCredential(tx: Tx, id: string, data: { passwordHash: string; displayName: string; locale: TLocale }) {
    const result = await tx.user.updateMany({
      where: { id, emailVerifiedAt: null },
      data,
    });
    return result.count === 1 ? tx.user.findUniqueOrThrow({ where: { id } }) : null;
  }

  /** Returns true only for the call that actually verified the address. */
  async markEmailVerified(tx: Tx, id: string, now: Date): Promise<boolean> {
    const result = await tx.user.updateMany({ where: { id, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    return result.count === 1;
  }

  updateLocale(tx: Tx, id: string, locale: TLocale) {
    return tx.user.update({ where: { id }, data: { locale } });
  }
}
