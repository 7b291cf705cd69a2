import { once } from 'node:events';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { PrismaService } from '../../prisma/prisma.service';
import { REDIS } from '../../jobs/redis.provider';

type Check = 'ok' | 'down';

/** Readiness means both stores answer within a second; liveness only that the process runs. */
@Injectable()
export class HealthService {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async readiness(): Promise<{ status: Check; checks: { postgres: Check; redis: Check } }> {
    const [postgres, redis] = await Promise.all([
      this.probe(() => this.prisma.$queryRaw`SELECT 1`),
      this.probe(() => this.pingRedis()),
    ]);
    return { status: postgres === 'ok' && redis === 'ok' ? 'ok' : 'down', checks: { postgres, redis } };
  }

  /** Right after start-up the connection may still be opening; give it the same second. */
  private async pingRedis(): Promise<unknown> {
    if (this.redis.status !== 'ready') {
      await once(this.redis, 'ready', { signal: AbortSignal.timeout(1000) });
    }
    return this.redis.ping();
  }

  private async probe(check: () => Promise<unknown>): Promise<Check> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), 1000);
    });
    try {
      await Promise.race([check(), timeout]);
      return 'ok';
    } catch {
      return 'down';
    } finally {
      clearTimeout(timer);
    }
  }
}
