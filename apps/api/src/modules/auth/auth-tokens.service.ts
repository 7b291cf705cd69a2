import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { Tx } from '../../prisma/prisma.service';
import type { AuthToken, AuthTokenKind } from '../../generated/prisma/client';
import { AuthTokensRepository } from './auth-tokens.repository';
import { AuthProblems } from './auth.problems';
import { hashToken, newSecretToken } from './secret-token';
import { Clock } from '../../common/clock/clock';

const HOUR_MS = 3_600_000;
const LIFETIME_MS: Record<AuthTokenKind, number> = {
  email_verification: 48 * HOUR_MS,
  password_reset: 1 * HOUR_MS,
  account_invitation: 7 * 24 * HOUR_MS,
};
const LINK_PATH: Record<AuthTokenKind, string> = {
  email_verification: '/verify-email',
  password_reset: '/reset-password',
  account_invitation: '/reset-password',
};

/** One-time tokens sent by e-mail: random, stored only as SHA-256, expiring, single use. */
@Injectable()
export class AuthTokensService {
  constructor(
    private readonly tokens: AuthTokensRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Issues a token and returns its id and the link for the e-mail; older unused ones stop working. */
  async issue(tx: Tx, userId: string, kind: AuthTokenKind): Promise<{ id: string; link: string }> {
    await this.tokens.deleteUnused(tx, userId, kind);
    const token = newSecretToken();
    const row = await this.tokens.create(tx, {
      userId,
      kind,
      tokenHash: hashToken(token),
      expiresAt: new Date(this.clock.now().getTime() + LIFETIME_MS[kind]),
    });
    return { id: row.id, link: `${this.config.APP_URL}${LINK_PATH[kind]}?token=${encodeURIComponent(token)}` };
  }

  /** Uses the token up (and any other unused one of its kind), or throws 400 invalid-token. */
  async consume(tx: Tx, kind: AuthTokenKind | readonly AuthTokenKind[], token: string): Promise<AuthToken> {
    const used = await this.tokens.consume(tx, [kind].flat(), hashToken(token), this.clock.now());
    if (!used) throw AuthProblems.invalidToken();
    await this.tokens.deleteUnused(tx, used.userId, used.kind);
    return used;
  }
}
