import { z } from 'zod';

const booleanFromString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** Every environment variable the API and worker read. Validated once at start-up. */
export const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  /** Public base URL used in e-mailed links. */
  APP_URL: z.url().optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }),
  MAIL_FROM: z.string().min(3).default('Kopa <no-reply@kopa.local>'),
  COOKIE_SECRET: z.string().min(32, 'must be at least 32 characters'),
  COOKIE_SECURE: booleanFromString.optional(),
  /**
   * Which X-Forwarded-For hops to believe, so client IPs (rate limits, sessions) cannot be
   * spoofed: `false` (none, the default), a hop count (`1` for one proxy in front), or a
   * comma-separated list of the proxies' addresses or CIDR ranges. `true` (believe any
   * header) is refused.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message: 'use false, a hop count (e.g. 1) or a comma-separated list of proxy addresses' });
        return z.NEVER;
      }
      return parsed;
    }),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  /** Per-IP attempts per minute on each credential route (login, register, password reset, …). */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Writes (POST, PUT, PATCH, DELETE) per minute per signed-in user, or per IP for visitors. Reads are not limited. */
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the built web app lives; served at / with SPA fallback when it exists. */
  WEB_DIST_DIR: z.string().optional(),
  /** How often the outbox relay looks for messages that are not yet on the queue. */
  /** BullMQ key prefix; lets several deployments (or test files) share one Redis. */
  QUEUE_PREFIX: z.string().regex(/^[\w-]+$/).default('kopa'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** How often the worker sends due event reminders and, after events, certificate links (default 15 minutes). */
  EVENT_SWEEP_MS: z.coerce.number().int().min(1000).max(3_600_000).default(15 * 60_000),
  /**
   * How long the public list of open calls is kept in memory (0: read on every request). Changes
   * made through the API drop it at once; rows written straight into the database show after it.
   */
  PUBLIC_CALLS_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** Where uploaded attachments are stored (local-disk storage driver); default `<repo>/.data/uploads`. */
  STORAGE_DIR: z.string().min(1).optional(),
  /** An organisation may cancel or move a consultation until this many hours before it starts. */
  CONSULTATION_CHANGE_CUTOFF_HOURS: z.coerce.number().int().min(0).max(24 * 14).default(24),
});
export type TEnv = z.infer<typeof ZEnv>;

export type AppConfig = Omit<TEnv, 'APP_URL' | 'COOKIE_SECURE'> & {
  APP_URL: string;
  COOKIE_SECURE: boolean;
};

const PROXY_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)(\/\d{1,3})?$/i;

/** `false`/`0` → trust nobody; `N` → trust N hops; `a, b/24` → trust those addresses; anything else → null. */
export function parseTrustProxy(value: string): false | number | string[] | null {
  if (value === 'false' || value === '0' || value === '') return false;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const addresses = value.split(',').map((part) => part.trim()).filter(Boolean);
  if (addresses.length > 0 && addresses.every((address) => PROXY_ADDRESS.test(address))) return addresses;
  return null;
}

/** Parses the environment or throws an error that names every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv): AppConfig {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const reason = source[name] === undefined ? 'is missing' : `is invalid: ${issue.message}`;
      return `  - ${name} ${reason}`;
    });
    throw new InvalidEnvironmentError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  const env = result.data;
  const appUrl = (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
  return { ...env, APP_URL: appUrl, COOKIE_SECURE: env.COOKIE_SECURE ?? appUrl.startsWith('https:') };
}

export class InvalidEnvironmentError extends Error {}
