import { RequestMethod, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { SESSION_COOKIE } from '../auth/session-cookie';

/** The name operations use for the session cookie (`@ApiCookieAuth('kopa_session')` in @Authenticated). */
export const SESSION_SECURITY_SCHEME = 'kopa_session';

type Responses = NonNullable<OpenAPIObject['paths'][string]['get']>['responses'];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** RFC 9457 problem details, as every error of the API is sent. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: 'Problem type, e.g. /problems/validation-error' },
    title: { type: 'string', description: 'Short summary in the caller’s language' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      description: 'Validation errors, one per field',
      items: { type: 'object', properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
    },
  },
} as const;

const PROBLEM_RESPONSES: Record<string, string> = {
  '400': 'Invalid input (problem type validation-error)',
  '401': 'Not signed in',
  '403': 'Not allowed',
  '404': 'Not found, or not yours to see',
};

/**
 * The OpenAPI 3.1 document served at /api/docs-json: the session cookie scheme under the name
 * operations use, `security: []` on public operations, a summary on every operation and the
 * problem+json error responses (what `redocly lint` with the recommended rules asks for).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle('Kopa API')
      .setDescription('Small-grant programme management. Errors are RFC 9457 problem+json.')
      .setVersion('0.1.0')
      .addServer('/')
      .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Server-side session (signed cookie)' }, SESSION_SECURITY_SCHEME)
      .build(),
  );
  return completeOperations(cleanupOpenApiDoc(document, { version: '3.1' }), successStatuses(app));
}

/**
 * The status each handler answers with when it succeeds (`@HttpCode`, else 201 for POST and 200
 * otherwise, as Nest does), by operation id. `@ZodResponse` without a status documents its body
 * under `default`, which generated clients read as an error; this puts it under the real status.
 */
function successStatuses(app: INestApplication): Map<string, number> {
  const statuses = new Map<string, number>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
        statuses.set(`${metatype.name}_${name}`, code ?? (method === RequestMethod.POST ? 201 : 200));
      }
    }
  }
  return statuses;
}

/** Fills in what decorators do not give every operation; exported for its unit test. */
export function completeOperations(document: OpenAPIObject, successStatus: ReadonlyMap<string, number> = new Map()): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as never } };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // The access guard refuses any route without a rule; those without @Authenticated are @Public.
      operation.security ??= [];
      operation.summary ??= summaryOf(operation.operationId ?? `${method} ${path}`);
      documentSuccess(operation.responses, successStatus.get(operation.operationId ?? ''));
      const wanted = ['400', ...(operation.security.length > 0 ? ['401', '403'] : []), ...(path.includes('{') ? ['404'] : [])];
      for (const status of wanted) operation.responses[status] ??= { description: PROBLEM_RESPONSES[status]! };
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || !/^4\d\d$/.test(status) || '$ref' in response) continue;
        response.content = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
      }
    }
  }
  return document;
}

/** Exactly one 2xx response per operation, under the status the handler really sends. */
function documentSuccess(responses: Responses, status: number | undefined): void {
  if (Object.keys(responses).some((key) => /^2\d\d$/.test(key))) return;
  const fallback = responses.default;
  delete responses.default;
  const code = status ?? 200;
  responses[String(code)] = fallback && !('$ref' in fallback) ? { ...fallback, description: fallback.description || SUCCESS[code] || 'Success' } : { description: SUCCESS[code] ?? 'Success' };
}

const SUCCESS: Record<number, string> = { 200: 'Success', 201: 'Created', 202: 'Accepted', 204: 'Done, no content' };

/** `ApplicationsController_requestClarification` → "Applications: request clarification". */
export function summaryOf(operationId: string): string {
  const [controller = '', handler = operationId] = operationId.split('_');
  const words = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const subject = words(controller.replace(/Controller$/, ''));
  const action = words(handler);
  return subject ? `${subject.charAt(0).toUpperCase()}${subject.slice(1)}: ${action}` : action;
}
