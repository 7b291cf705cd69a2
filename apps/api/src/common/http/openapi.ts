import { RequestMethod, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DECORATORS, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
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
  const handlers = handlersOf(app);
  const cleaned = cleanupOpenApiDoc(document, { version: '3.1' });
  restoreNullableFields(cleaned, zodDtosOf(handlers));
  return completeOperations(cleaned, successStatuses(handlers));
}

interface Handler {
  operationId: string;
  controller: { prototype: object };
  /** The handler's property name and the function Nest's route metadata sits on. */
  name: string;
  handler: object;
  method: RequestMethod;
}

/** Every route handler of the app, by the operation id @nestjs/swagger gives it. */
function handlersOf(app: INestApplication): Handler[] {
  const handlers: Handler[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method !== undefined) handlers.push({ operationId: `${metatype.name}_${name}`, controller: metatype, name, handler, method });
      }
    }
  }
  return handlers;
}

/**
 * The status each handler answers with when it succeeds (`@HttpCode`, else 201 for POST and 200
 * otherwise, as Nest does), by operation id. `@ZodResponse` without a status documents its body
 * under `default`, which generated clients read as an error; this puts it under the real status.
 */
function successStatuses(handlers: Handler[]): Map<string, number> {
  return new Map(
    handlers.map(({ operationId, method, handler }) => [
      operationId,
      (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ?? (method === RequestMethod.POST ? 201 : 200),
    ]),
  );
}

interface ZodDto {
  name: string;
  schema: z.ZodType;
}

const isZodDto = (type: unknown): type is ZodDto => typeof type === 'function' && (type as { isZodDto?: boolean }).isZodDto === true;

/** The nestjs-zod DTO classes the routes take (body, query) and answer with (`@ZodResponse`). */
function zodDtosOf(handlers: Handler[]): ZodDto[] {
  const dtos: unknown[] = [];
  for (const { controller, name, handler } of handlers) {
    dtos.push(...((Reflect.getMetadata('design:paramtypes', controller.prototype, name) as unknown[] | undefined) ?? []));
    const responses = (Reflect.getMetadata(DECORATORS.API_RESPONSE, handler) ?? {}) as Record<string, { type?: unknown }>;
    dtos.push(...Object.values(responses).flatMap((response) => [response.type].flat()));
  }
  return dtos.filter(isZodDto);
}

/**
 * zod ≥ 4.5 writes a bare nullable field as `type: ['string', 'null']`, and @nestjs/swagger reads
 * a type array as "array of", so a top-level `string | null` field came out as `string[]`
 * (nestjs-zod issue 473). The field's own JSON Schema, from the DTO's zod schema, goes back in.
 */
function restoreNullableFields(document: OpenAPIObject, dtos: ZodDto[]): void {
  for (const dto of dtos) {
    const component = document.components?.schemas?.[dto.name];
    if (!component || '$ref' in component || !component.properties) continue;
    const io = dto.name.endsWith('_Output') ? 'output' : 'input';
    const json = z.toJSONSchema(dto.schema, { io }) as { properties?: Record<string, { type?: unknown }> };
    for (const [key, property] of Object.entries(json.properties ?? {})) {
      if (Array.isArray(property.type) && key in component.properties) component.properties[key] = property as never;
    }
  }
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
