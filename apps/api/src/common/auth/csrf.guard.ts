import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import Tokens from '@fastify/csrf';
import type { FastifyRequest } from 'fastify';
import { CSRF_HEADER, PROBLEM_TYPES } from '@kopa/shared';
import { ProblemException } from '../problem/problem.exception';
import { CSRF_COOKIE } from './session-cookie';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF check for every state-changing request. The secret sits in a signed
 * httpOnly cookie set by @fastify/csrf-protection (GET /api/auth/csrf); the token comes in
 * a header that a cross-site form cannot set.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly tokens = new Tokens({ userInfo: false });

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const cookie = request.cookies?.[CSRF_COOKIE];
    const secret = cookie ? request.unsignCookie(cookie) : undefined;
    const token = request.headers[CSRF_HEADER];
    if (!secret?.valid || !secret.value || typeof token !== 'string' || !this.tokens.verify(secret.value, token)) {
      throw new ProblemException(PROBLEM_TYPES.csrf, 403);
    }
    return true;
  }
}
