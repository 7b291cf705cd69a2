import { Inject, Injectable, OnModuleDestroy, Provider } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';

export const REDIS = Symbol('REDIS');

/**
 * One shared connection for health checks and queue producers. It never gives up
 * reconnecting and never queues commands while offline, so a Redis outage fails fast
 * instead of hanging requests (the outbox keeps the messages meanwhile).
 */
export const redisProvider: Provider = {
  provide: REDIS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    new Redis(config.REDIS_URL, {
      maxRetriesPerRequest: null,
      enableOfflineQueue: false,
      lazyConnect: false,
      retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
      // On disconnect ioredis waits this long for the socket to close; after a failed connect
      // there is no socket left to close, and the default 2 s timer alone holds the process.
      disconnectTimeout: 200,
    }).on('error', () => undefined),
};

@Injectable()
export class RedisCloser implements OnModuleDestroy {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
