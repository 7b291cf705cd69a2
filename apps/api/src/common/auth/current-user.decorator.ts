import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from './principal';

/** The signed-in user (undefined on public routes called anonymously). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: Principal }>().user;
});
