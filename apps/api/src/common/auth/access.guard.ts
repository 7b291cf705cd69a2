import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { hasPermission } from '@kopa/shared';
import { ACCESS_RULE, type AccessRule } from './authenticated.decorator';
import type { Principal } from './principal';
import { Problems } from '../problem/problem.exception';
import { SESSION_STRATEGY } from './session-cookie';

/**
 * Global guard, deny by default: a route without @Public() or @Authenticated() is refused.
 * Authentication itself is Passport's session strategy; here we only apply the route's rule.
 */
@Injectable()
export class AccessGuard extends AuthGuard(SESSION_STRATEGY) {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.ruleOf(context);
    if (!rule) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} has no access rule; refused`);
      throw Problems.forbidden();
    }
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<{ user?: Principal }>().user;
    if (rule.kind === 'public') return true;
    if (!user) throw Problems.unauthenticated();
    const anyOf = [rule.permission].flat();
    if (!anyOf.some((permission) => hasPermission(user.roles, permission))) throw Problems.forbidden();
    return true;
  }

  /** Passport reports "no session" as a failure; public routes accept it, the rule decides the rest. */
  handleRequest<TUser = Principal>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    return (user || undefined) as TUser;
  }

  private ruleOf(context: ExecutionContext): AccessRule | undefined {
    return this.reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
  }
}
