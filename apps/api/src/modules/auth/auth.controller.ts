import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { AllowsUnfinishedSignIn, Authenticated, Public } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { User } from '../../generated/prisma/client';
import { AuthRateLimit } from './auth-rate-limit';
import { clearSessionCookie, setSessionCookie } from './auth-cookie';
import {
  AcceptedDto,
  ForgotPasswordDto,
  LoginDto,
  LoginResponseDto,
  RegisterDto,
  ResendVerificationDto,
  ResetPasswordDto,
  VerifyEmailDto,
} from './auth.dto';
import { toMeResponse } from './auth.mapper';
import { AuthService } from './auth.service';
import { LocalAuthGuard, LoginUser } from './local-auth.guard';
import { PasswordResetService } from './password-reset.service';
import { RegistrationService } from './registration.service';

/** Getting in and out: registration, verification, sign-in, sign-out, password reset. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
    private readonly passwordReset: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Public()
  @AuthRateLimit()
  @ZodResponse({ type: AcceptedDto, status: 202 })
  async register(@Body() body: RegisterDto) {
    await this.registration.register(body);
    return {};
  }

  @Post('verify-email')
  @Public()
  @HttpCode(204)
  async verifyEmail(@Body() body: VerifyEmailDto): Promise<void> {
    await this.registration.verifyEmail(body.token);
  }

  @Post('resend-verification')
  @Public()
  @AuthRateLimit()
  @ZodResponse({ type: AcceptedDto, status: 202 })
  async resendVerification(@Body() body: ResendVerificationDto) {
    await this.registration.resendVerification(body.email);
    return {};
  }

  /** LocalAuthGuard (passport-local) has checked the credentials by the time this runs. */
  @Post('login')
  @Public()
  @AuthRateLimit()
  @UseGuards(LocalAuthGuard)
  @ZodResponse({ type: LoginResponseDto, status: 200 })
  async login(
    @Body() _body: LoginDto,
    @LoginUser() user: User,
    @CurrentUser() previous: Principal | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const client = { userAgent: request.headers['user-agent'], ipAddress: request.ip };
    const session = await this.auth.login(user, client, previous);
    setSessionCookie(reply, this.config, session);
    if (session.secondFactorPending) return { secondFactorRequired: true, user: null };
    return { secondFactorRequired: false, user: toMeResponse(user) };
  }

  @Post('logout')
  @Authenticated({ permission: 'account:self' })
  @AllowsUnfinishedSignIn('secondFactorPending', 'totpEnrolment')
  @HttpCode(204)
  async logout(@CurrentUser() user: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(user);
    clearSessionCookie(reply, this.config);
  }

  @Post('forgot-password')
  @Public()
  @AuthRateLimit()
  @ZodResponse({ type: AcceptedDto, status: 202 })
  async forgotPassword(@Body() body: ForgotPasswordDto) {
    await this.passwordReset.requestReset(body.email);
    return {};
  }

  @Post('reset-password')
  @Public()
  @AuthRateLimit()
  @HttpCode(204)
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.passwordReset.reset(body.token, body.password);
  }
}
