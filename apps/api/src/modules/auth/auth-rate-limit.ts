import { ExecutionContext, Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Throttle } from '@nestjs/throttler';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';

declare module 'fastify' {
  interface FastifyInstance {
    kopaAuthRateLimit?: number;
  }
}

const WINDOW_MS = 60_000;

function authLimit(context: ExecutionContext): number {
  const limit = context.switchToHttp().getRequest<FastifyRequest>().server.kopaAuthRateLimit;
  if (limit === undefined) throw new Error('The auth rate limit was not configured (AuthRateLimitConfig)');
  return limit;
}

/**
 * Tighter per-IP limit for credential routes (guessing passwords, mass sign-ups, mail bombing):
 * AUTH_RATE_LIMIT_PER_MINUTE requests per route per minute, in place of the global 'default' limit.
 */
export const AuthRateLimit = () => Throttle({ default: { limit: authLimit, ttl: WINDOW_MS } });

/**
 * @Throttle's options are fixed when the class is loaded, but the limit comes from each app's
 * configuration (tests run apps with different limits), so the app hangs it on its Fastify instance.
 */
@Injectable()
export class AuthRateLimitConfig implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify || fastify.hasDecorator('kopaAuthRateLimit')) return;
    fastify.decorate('kopaAuthRateLimit', this.config.AUTH_RATE_LIMIT_PER_MINUTE);
  }
}
