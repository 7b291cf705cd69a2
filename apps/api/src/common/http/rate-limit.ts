import type { ExecutionContext } from '@nestjs/common';
import { ThrottlerStorageService, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import type { Principal } from '../auth/principal';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface TrackedRequest {
  method: string;
  ip: string;
  user?: Principal;
}

/**
 * Reads are never refused (a school or a proxy puts many people behind one address, and a
 * deadline must not turn into 429s); writes are counted per user when signed in. The guard
 * runs after the access guard, so `user` is known by then.
 */
export function rateLimitOptions(storage: ThrottlerStorage, writesPerMinute: number): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'default', ttl: 60_000, limit: writesPerMinute }],
    skipIf: (context: ExecutionContext) => READ_METHODS.has(context.switchToHttp().getRequest<TrackedRequest>().method),
    getTracker: (request: Record<string, unknown>) => {
      const { user, ip } = request as unknown as TrackedRequest;
      return user ? `user:${user.id}` : `ip:${ip}`;
    },
    storage,
  };
}

/**
 * Counters in Redis, so every API replica shares them; when Redis cannot answer, the
 * replica counts in memory for the moment rather than refusing or failing requests.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly fallback = new ThrottlerStorageService();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const counter = `${this.prefix}:rate:${throttlerName}:${key}`;
    try {
      const result = await this.redis.multi().incr(counter).pexpire(counter, ttl, 'NX').pttl(counter).exec();
      if (!result || result.some(([error]) => error)) throw new Error('rate-limit counter not updated');
      const hits = Number(result[0]![1]);
      const pttl = Number(result[2]![1]);
      const timeToExpire = Math.max(1, Math.ceil((pttl > 0 ? pttl : ttl) / 1000));
      const isBlocked = hits > limit;
      return { totalHits: hits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
    } catch {
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }
}
