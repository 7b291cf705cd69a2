import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { parseEnv } from '../config/env.schema';
import { buildOpenApiDocument } from '../common/http/openapi';

/**
 * The OpenAPI document without a running server, database or Redis: Nest's preview mode
 * resolves the module graph (all the document needs) without creating any provider.
 */
export async function buildOfflineOpenApiDocument(): Promise<OpenAPIObject> {
  const config = parseEnv({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://offline.invalid/kopa',
    REDIS_URL: 'redis://offline.invalid:6379',
    SMTP_URL: 'smtp://offline.invalid:25',
    COOKIE_SECRET: 'offline-openapi-document-no-secret-needed',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
