import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/env.schema';

/** Structured JSON logs; every line of a request carries its id (taken from x-request-id when sane). */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (request, reply) => {
        const incoming = request.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        reply.setHeader('x-request-id', id);
        return id;
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (request) => request.url?.startsWith('/api/health') ?? false },
    },
    exclude: [],
  };
}
