import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { REDIS } from '../../jobs/redis.provider';

/** Wrong passwords one (account, address) pair may try freely; after that each one waits longer. */
export const FREE_FAILED_SIGN_INS = 5;
/** The wait after the first failure beyond the free ones; it doubles with each further failure. */
export const FIRST_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 60 * 60_000;
/** A pair's failures are forgotten this long after its last one. */
const FAILURE_MEMORY_MS = 24 * 3_600_000;
/** Failures on one account from all addresses together before its owner is told. */
export const FAILED_SIGN_INS_BEFORE_NOTICE = FREE_FAILED_SIGN_INS;
/** At most one "failed sign-ins" e-mail per account in this time. */
export const FAILED_SIGN_IN_NOTICE_INTERVAL_MS = 24 * 3_600_000;

export interface FailureOutcome {
  /** Seconds the pair must wait before its next attempt (0: none). */
  retryAfterSeconds: number;
  /** True exactly once per notice interval, when the account as a whole has seen enough failures. */
  notifyOwner: boolean;
}

/**
 * Slows down password guessing per (account, client address) pair with exponential backoff,
 * so that someone guessing from elsewhere never locks the owner out. Counters live in Redis
 * like the request rate limits, shared by every API replica. Keyed by the e-mail typed, not
 * the account, so an address without an account behaves exactly the same. A password reset
 * starts a new generation of counters: the owner who proved they hold the mailbox gets in.
 * When Redis cannot answer, sign-in is not refused (the per-IP limit of credential routes
 * still holds).
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger(LoginThrottle.name);
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.prefix = `${config.QUEUE_PREFIX}:login`;
  }

  /** Milliseconds the pair must still wait; 0 when it may try now. */
  async waitMs(email: string, ip: string | undefined): Promise<number> {
    try {
      const keys = await this.pairKeys(email, ip);
      const ttl = await this.redis.pttl(keys.blocked);
      return ttl > 0 ? ttl : 0;
    } catch (error) {
      this.logger.warn({ err: error }, 'sign-in throttle unavailable; not throttling');
      return 0;
    }
  }

  async recordFailure(email: string, ip: string | undefined, accountId: string | null): Promise<FailureOutcome> {
    try {
      const keys = await this.pairKeys(email, ip);
      const account = this.accountKey(email);
      const result = await this.redis
        .multi()
        .incr(keys.failures)
        .pexpire(keys.failures, FAILURE_MEMORY_MS)
        .incr(`${account}:recent-failures`)
        .pexpire(`${account}:recent-failures`, FAILURE_MEMORY_MS, 'NX')
        .exec();
      if (!result || result.some(([error]) => error)) throw new Error('sign-in failure not counted');
      const pairFailures = Number(result[0]![1]);
      const accountFailures = Number(result[2]![1]);
      const backoff = backoffMs(pairFailures);
      if (backoff > 0) await this.redis.set(keys.blocked, '1', 'PX', backoff);
      let notifyOwner = false;
      if (accountId && accountFailures >= FAILED_SIGN_INS_BEFORE_NOTICE) {
        notifyOwner = (await this.redis.set(`${account}:noticed`, '1', 'PX', FAILED_SIGN_IN_NOTICE_INTERVAL_MS, 'NX')) === 'OK';
      }
      return { retryAfterSeconds: Math.ceil(backoff / 1000), notifyOwner };
    } catch (error) {
      this.logger.warn({ err: error }, 'sign-in throttle unavailable; failure not counted');
      return { retryAfterSeconds: 0, notifyOwner: false };
    }
  }

  /** A correct password from this pair: its count starts again. */
  async clearPair(email: string, ip: string | undefined): Promise<void> {
    try {
      const keys = await this.pairKeys(email, ip);
      await this.redis.del(keys.failures, keys.blocked);
    } catch (error) {
      this.logger.warn({ err: error }, 'sign-in throttle unavailable; not cleared');
    }
  }

  /** After a password reset: every pair of the account starts again (their old counters expire unused). */
  async clearAccount(email: string): Promise<void> {
    const account = this.accountKey(email);
    await this.redis.multi().incr(`${account}:generation`).del(`${account}:recent-failures`).exec();
  }

  private accountKey(email: string): string {
    return `${this.prefix}:${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 32)}`;
  }

  private async pairKeys(email: string, ip: string | undefined) {
    const account = this.accountKey(email);
    const generation = (await this.redis.get(`${account}:generation`)) ?? '0';
    const pair = `${account}:${generation}:${clientKey(ip)}`;
    return { failures: `${pair}:failures`, blocked: `${pair}:blocked` };
  }
}

/** 0 for the free failures, then 1, 2, 4, … minutes, at most an hour. */
export function backoffMs(failures: number): number {
  if (failures < FREE_FAILED_SIGN_INS) return 0;
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.min(failures - FREE_FAILED_SIGN_INS, 20));
}

/** The client's address; for IPv6 its /64, which one household or attacker gets whole. */
export function clientKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const address = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head.split(':').filter(Boolean);
  const tailGroups = tail.split(':').filter(Boolean);
  const groups = [...headGroups, ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).join(':')}::/64`;
}
