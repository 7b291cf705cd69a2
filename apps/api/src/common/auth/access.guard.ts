import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { hasPermission, PROBLEM_TYPES, REAUTH_WINDOW_MINUTES, totpRequiredFor } from '@kopa/shared';
import { ACCESS_RULE, RECENT_AUTH, SESSION_STAGE, type AccessRule } from './authenticated.decorator';
import type { Principal } from './principal';
import { ProblemException, Problems } from '../problem/problem.exception';
import { Clock } from '../clock/clock';
import { SESSION_STRATEGY } from './session-cookie';

type Stage = 'secondFactorPending' | 'totpEnrolment';

/**
 * Global guard, deny by default: a route without @Public() or @Authenticated() is refused.
 * Authentication itself is Passport's session strategy; here we apply the route's rule, the
 * sign-in stage (second factor given, staff enrolled in TOTP) and the recent-auth requirement.
 */
@Injectable()
export class AccessGuard extends AuthGuard(SESSION_STRATEGY) {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly clock: Clock,
  ) {
    super();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.metadata<AccessRule>(context, ACCESS_RULE);
    if (!rule) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} has no access rule; refused`);
      throw Problems.forbidden();
    }
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<{ user?: Principal }>();
    const user = request.user;
    const stages = this.metadata<Stage[]>(context, SESSION_STAGE) ?? [];
    if (user?.secondFactorPending && !stages.includes('secondFactorPending')) {
      // Half a sign-in is no sign-in: public routes see a visitor, the rest ask for the code.
      request.user = undefined;
      if (rule.kind === 'public') return true;
      throw new ProblemException(PROBLEM_TYPES.secondFactorRequired, 401);
    }
    if (rule.kind === 'public') return true;
    if (!user) throw Problems.unauthenticated();
    if (!user.secondFactorPending && !user.totpEnabled && totpRequiredFor(user.roles) && !stages.includes('totpEnrolment')) {
      throw new ProblemException(PROBLEM_TYPES.totpEnrolmentRequired, 403);
    }
    const anyOf = [rule.permission].flat();
    if (!anyOf.some((permission) => hasPermission(user.roles, permission))) throw Problems.forbidden();
    if (this.metadata<boolean>(context, RECENT_AUTH) && !this.recentlyAuthenticated(user)) {
      throw new ProblemException(PROBLEM_TYPES.reauthenticationRequired, 403);
    }
    return true;
  }

  /** Passport reports "no session" as a failure; public routes accept it, the rule decides the rest. */
  handleRequest<TUser = Principal>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    return (user || undefined) as TUser;
  }

  private recentlyAuthenticated(user: Principal): boolean {
    if (!user.reauthenticatedAt) return false;
    return this.clock.now().getTime() - user.reauthenticatedAt.getTime() <= REAUTH_WINDOW_MINUTES * 60_000;
  }

  private metadata<T>(context: ExecutionContext, key: string): T | undefined {
    return this.reflector.getAllAndOverride<T>(key, [context.getHandler(), context.getClass()]);
  }
}
