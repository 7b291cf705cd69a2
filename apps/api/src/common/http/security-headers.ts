import type { FastifyInstance } from 'fastify';

/**
 * The web app's Content-Security-Policy: only our own scripts (no inline ones; the built
 * index.html loads a module file), styles inline as Mantine writes them, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Public reads that may be cached by browsers and proxies; every other API answer is private. */
const CACHEABLE_API = /^\/api\/(public\/|health\/)/;
/** Swagger UI is served with inline scripts of its own; it gets no CSP but still cannot be framed. */
const API_DOCS = /^\/api\/docs(\/|-json|$)/;

/**
 * Headers on every response: CSP, no framing, no MIME sniffing, no referrer (links carry
 * tokens), HSTS when served over https, and `Cache-Control: no-store` on private API answers.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, options: { https: boolean }): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const path = request.url.split('?')[0]!;
    if (!API_DOCS.test(path)) void reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    void reply.header('x-frame-options', 'DENY');
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'no-referrer');
    void reply.header('cross-origin-opener-policy', 'same-origin');
    if (options.https) void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (path.startsWith('/api/') && !CACHEABLE_API.test(path) && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}
