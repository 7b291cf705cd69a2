import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import type { AppConfig } from './config/env.schema';
import { CSRF_COOKIE } from './common/auth/session-cookie';
import { PROBLEM_TYPES } from '@kopa/shared';
import { requestIdFor } from './common/http/request-id';
import { registerRequestContext } from './common/http/request-context';
import { registerSecurityHeaders } from './common/http/security-headers';
import { problemTitle } from './common/problem/problem-titles';
import { localeFromAcceptLanguage } from './common/http/request-locale';
import { setStaticCacheHeaders } from './common/http/static-cache';
import { recordRoutes } from './common/http/route-table';
import { buildOpenApiDocument } from './common/http/openapi';

/** Builds the HTTP application; main.ts listens on it, tests drive it through inject(). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: requestIdFor,
  });
  recordRoutes(adapter.getInstance());
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerRequestContext(adapter.getInstance());
  registerSecurityHeaders(adapter.getInstance(), { https: config.APP_URL.startsWith('https:') });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  await app.register(fastifyCookie, { secret: config.COOKIE_SECRET });
  // Uploads stream to storage; each route sets its own size limit below this ceiling.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 0, parts: 1, fileSize: 100 * 1024 * 1024 + 1 } });
  await app.register(fastifyCsrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/', secure: config.COOKIE_SECURE },
  });

  // Built on the first visit to the docs, not kept by every API process from its start.
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  await serveWebApp(app, config);
  await app.init();
  return app;
}

/**
 * Fastify treats a bare hop count as "trust nobody" (it cannot check the peer), so a count
 * becomes the equivalent function: the first `hops` addresses (the socket's peer, then the
 * proxies it names) are proxies. Use a count only where the API is reachable solely through
 * the proxies; a list of their addresses is safer.
 */
function trustProxyOption(setting: AppConfig['TRUST_PROXY']) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

/** One origin for both: the built web app at /, with client-side routes falling back to index.html. */
async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const dist = resolve(config.WEB_DIST_DIR ?? join(__dirname, '../../web/dist'));
  if (!existsSync(join(dist, 'index.html'))) return;
  // The build writes .br and .gz beside each asset: served by Accept-Encoding (with Vary), never compressed per request.
  await app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: setStaticCacheHeaders,
  });
  // Client-side routes (/calls/…, /login) get index.html.
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      // API paths and missing files (a stale tab asking for an old bundle) get a real 404.
      if (request.url.startsWith('/api/') || request.url.startsWith('/assets/') || /\.\w+(\?|$)/.test(request.url)) {
        return reply
          .status(404)
          .type('application/problem+json')
          .send({
            type: PROBLEM_TYPES.notFound,
            title: problemTitle(PROBLEM_TYPES.notFound, localeFromAcceptLanguage(request.headers['accept-language'])),
            status: 404,
            instance: request.url,
          });
      }
      return reply.type('text/html').sendFile('index.html');
    });
}
