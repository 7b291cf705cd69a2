import { Injectable } from '@nestjs/common';
import type { Tx } from '../../prisma/prisma.service';
import type { AuthToken, AuthTokenKind } from '../../generated/prisma/client';

@Injectable()
export class AuthTokensRepository {
  create(tx: Tx, data: { userId: string; kind: AuthTokenKind; tokenHash: string; expiresAt: Date }) {
    return tx.authToken.create({ data });
  }

  /** Unused tokens of a kind are dropped when a newer one is issued or one of them is used. */
  async deleteUnused(tx: Tx, userId: string, kind: AuthTokenKind): Promise<void> {
    await tx.authToken.deleteMany({ where: { userId, kind, usedAt: null } });
  }

  /**
   * Marks a token used if it is of one of these kinds, unused and unexpired. The conditional update
   * makes the single use hold under concurrency: a second caller updates nothing.
   */
  async consume(tx: Tx, kinds: readonly AuthTokenKind[], tokenHash: string, now: Date): Promise<AuthToken | null> {
    const token = await tx.authToken.findUnique({ where: { tokenHash } });
    if (!token || !kinds.includes(token.kind) || token.usedAt || token.expiresAt <= now) return null;
    const result = await tx.authToken.updateMany({
      where: { id: token.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    return result.count === 1 ? { ...token, usedAt: now } : null;
  }
}
