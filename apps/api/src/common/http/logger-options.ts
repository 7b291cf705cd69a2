import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/env.schema';

/** Request headers worth a log line; cookies, tokens and the CSRF header never are. */
const LOGGED_HEADERS = ['user-agent', 'referer', 'x-forwarded-for'] as const;

/**
 * What a request's log line says about it. A whitelist instead of every header plus
 * redaction: nothing secret can slip in, and nothing has to be cloned and masked per line.
 */
export function requestForLog(request: IncomingMessage & { id?: unknown; raw?: IncomingMessage }) {
  const raw: IncomingMessage & { originalUrl?: string } = request.raw ?? request;
  const headers: Record<string, string | string[]> = {};
  for (const name of LOGGED_HEADERS) {
    const value = raw.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  // The middleware that logs sees the URL with its mount path cut off; originalUrl is the whole one.
  return { id: request.id, method: raw.method, url: raw.originalUrl ?? raw.url, headers, remoteAddress: raw.socket?.remoteAddress };
}

function responseForLog(response: ServerResponse) {
  return { statusCode: response.statusCode };
}

/** Structured JSON logs; every line of a request carries its request id. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: [
      {
        level: config.LOG_LEVEL,
        // Fastify assigns the id (see request-id.ts); the logger reuses it so both agree.
        genReqId: (request) => (request as { id?: string }).id ?? randomUUID(),
        serializers: { req: requestForLog, res: responseForLog },
        autoLogging: { ignore: (request) => request.url?.startsWith('/api/health') ?? false },
      },
      // In production stdout is written in blocks of 4 KB, and at least once a second, instead
      // of one write per request (bench/: that write was 8 % of the API's CPU time); pino
      // flushes what is left at exit. Elsewhere at once, so a test or a developer sees it now.
      config.NODE_ENV === 'production' ? pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 }) : pino.destination({ dest: 1, sync: true }),
    ],
    exclude: [],
  };
}
