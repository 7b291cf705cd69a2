import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodValidationException, ZodSerializationException } from 'nestjs-zod';
import { ZodError } from 'zod';
import { PROBLEM_TYPES, type TFieldError, type TProblem } from '@kopa/shared';
import { ProblemException } from './problem.exception';
import { problemTitle } from './problem-titles';
import { localeFromAcceptLanguage } from '../http/request-locale';

const TYPE_BY_STATUS: Record<number, string> = {
  400: PROBLEM_TYPES.validation,
  401: PROBLEM_TYPES.unauthenticated,
  403: PROBLEM_TYPES.forbidden,
  404: PROBLEM_TYPES.notFound,
  409: PROBLEM_TYPES.conflict,
  413: PROBLEM_TYPES.payloadTooLarge,
  429: PROBLEM_TYPES.rateLimited,
};

export function zodIssuesToFieldErrors(error: ZodError): TFieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

/** Every error leaves as application/problem+json; stack traces only reach the log. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = this.toProblem(exception);
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const extensions = exception instanceof ProblemException ? exception.extensions : undefined;
    const body: TProblem = { ...extensions, ...problem, title: problemTitle(problem.type, locale), instance: request.url };
    if (body.status === 429) {
      const retryAfter = exception instanceof ProblemException ? exception.retryAfterSeconds : undefined;
      void reply.header('retry-after', String(retryAfter ?? 60));
    }
    void reply.status(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
  }

  private toProblem(exception: unknown): Omit<TProblem, 'title'> {
    if (exception instanceof ProblemException) {
      return {
        type: exception.problemType,
        status: exception.getStatus(),
        detail: exception.detail,
        errors: exception.fieldErrors,
      };
    }
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError();
      return {
        type: PROBLEM_TYPES.validation,
        status: 400,
        errors: zodError instanceof ZodError ? zodIssuesToFieldErrors(zodError) : [],
      };
    }
    if (exception instanceof ZodSerializationException) {
      this.logger.error({ err: exception.getZodError() }, 'response did not match its schema');
      return { type: PROBLEM_TYPES.internal, status: 500 };
    }
    if (exception instanceof ThrottlerException) {
      return { type: PROBLEM_TYPES.rateLimited, status: 429 };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { type: TYPE_BY_STATUS[status] ?? PROBLEM_TYPES.internal, status };
    }
    // Fastify's own errors (malformed JSON, body too large, CSRF) carry a statusCode.
    const statusCode = (exception as { statusCode?: number; code?: string })?.statusCode;
    const code = (exception as { code?: string })?.code;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      if (code?.startsWith('FST_CSRF')) return { type: PROBLEM_TYPES.csrf, status: 403 };
      return {
        type: TYPE_BY_STATUS[statusCode] ?? PROBLEM_TYPES.validation,
        status: statusCode,
        detail: (exception as Error).message,
      };
    }
    this.logger.error({ err: exception }, 'unhandled error');
    return { type: PROBLEM_TYPES.internal, status: 500 };
  }
}
