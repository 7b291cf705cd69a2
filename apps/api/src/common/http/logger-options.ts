import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/env.schema';

/** Structured JSON logs; every line of a request carries its request id. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      // Fastify assigns the id (see request-id.ts); the logger reuses it so both agree.
      genReqId: (request) => (request as { id?: string }).id ?? randomUUID(),
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (request) => request.url?.startsWith('/api/health') ?? false },
    },
    exclude: [],
  };
}
