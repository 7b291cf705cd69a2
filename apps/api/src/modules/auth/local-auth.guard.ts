import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, type AuthGuardAuthenticateOptions } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ZLoginRequest } from '@kopa/shared';
import { Problems } from '../../common/problem/problem.exception';
import { zodIssuesToFieldErrors } from '../../common/problem/problem.filter';
import type { User } from '../../generated/prisma/client';
import { LOCAL_STRATEGY } from './local.strategy';

/** Kept apart from `request.user` (the session's Principal) so the two are never confused. */
const LOGIN_USER = 'loginUser';

/**
 * Runs the local strategy on the login route. Guards run before pipes, so the body is
 * validated here: malformed input is a 400 problem, not passport's bare "missing credentials".
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard(LOCAL_STRATEGY) {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const parsed = ZLoginRequest.safeParse(request.body ?? {});
    if (!parsed.success) throw Problems.validation(zodIssuesToFieldErrors(parsed.error));
    // The normalised e-mail (trimmed, lower-case) is what the strategy reads.
    request.body = parsed.data;
    return (await super.canActivate(context)) as boolean;
  }

  getAuthenticateOptions(): AuthGuardAuthenticateOptions {
    return { property: LOGIN_USER, session: false };
  }
}

/** The user whose credentials LocalAuthGuard has just accepted. */
export const LoginUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): User => {
  return ctx.switchToHttp().getRequest<Record<string, User>>()[LOGIN_USER];
});
