import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { AllowsUnfinishedSignIn, Authenticated, Public } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { AccountService } from './account.service';
import { AuthRateLimit } from './auth-rate-limit';
import { clearSessionCookie } from './auth-cookie';
import { ChangePasswordDto, MeDto, SessionListDto, SessionStateDto, UpdateLocaleDto } from './auth.dto';
import { toMeResponse } from './auth.mapper';

/** The signed-in user's own account and sessions. */
@ApiTags('auth')
@Controller('auth')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A half-finished sign-in (password given, code not yet) is told so, with no user data. */
  @Get('session')
  @Public()
  @AllowsUnfinishedSignIn('secondFactorPending', 'totpEnrolment')
  @ZodResponse({ type: SessionStateDto })
  async session(@CurrentUser() user: Principal | undefined) {
    if (user?.secondFactorPending) return { user: null, secondFactorPending: true };
    return { user: user ? toMeResponse(await this.account.me(user)) : null, secondFactorPending: false };
  }

  @Get('me')
  @Authenticated({ permission: 'account:self' })
  @AllowsUnfinishedSignIn('totpEnrolment')
  @ZodResponse({ type: MeDto })
  async me(@CurrentUser() user: Principal) {
    return toMeResponse(await this.account.me(user));
  }

  @Patch('me')
  @Authenticated({ permission: 'account:self' })
  @AllowsUnfinishedSignIn('totpEnrolment')
  @ZodResponse({ type: MeDto })
  async updateLocale(@CurrentUser() user: Principal, @Body() body: UpdateLocaleDto) {
    return toMeResponse(await this.account.updateLocale(user, body.locale));
  }

  /** Rate-limited too: a stolen session must not become a way to guess the password. */
  @Post('change-password')
  @Authenticated({ permission: 'account:self' })
  @AuthRateLimit()
  @HttpCode(204)
  async changePassword(@CurrentUser() user: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    await this.account.changePassword(user, body.currentPassword, body.newPassword);
  }

  @Get('sessions')
  @Authenticated({ permission: 'account:self' })
  @ZodResponse({ type: SessionListDto })
  async sessions(@CurrentUser() user: Principal) {
    return { items: await this.account.listSessions(user) };
  }

  @Delete('sessions/:id')
  @Authenticated({ permission: 'account:self' })
  @HttpCode(204)
  async revokeSession(
    @CurrentUser() user: Principal,
    @Param('id', new ParseUUIDPipe({ version: '4' })) sessionId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.account.revokeSession(user, sessionId);
    if (sessionId === user.sessionId) clearSessionCookie(reply, this.config);
  }
}
