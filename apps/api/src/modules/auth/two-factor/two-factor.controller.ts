import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { AllowsUnfinishedSignIn, Authenticated, RequiresRecentAuth } from '../../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import type { Principal } from '../../../common/auth/principal';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { AuthRateLimit } from '../auth-rate-limit';
import { setSessionCookie } from '../auth-cookie';
import { LoginResponseDto } from '../auth.dto';
import { toMeResponse } from '../auth.mapper';
import { SecondFactorSignInService } from './second-factor-sign-in.service';
import {
  ReauthenticateDto,
  ReauthenticateResponseDto,
  RecoveryCodesDto,
  SecondFactorDto,
  TotpConfirmDto,
  TotpEnrolmentDto,
  TwoFactorStatusDto,
} from './two-factor.dto';
import { TwoFactorService } from './two-factor.service';

/** TOTP two-step sign-in: enrolment, the second sign-in step, recovery codes, re-authentication. */
@ApiTags('auth')
@Controller('auth')
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly signIn: SecondFactorSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The second step: a session whose password was accepted gives the code (or a recovery code). */
  @Post('login/second-factor')
  @Authenticated({ permission: 'account:self' })
  @AllowsUnfinishedSignIn('secondFactorPending')
  @AuthRateLimit()
  @ZodResponse({ type: LoginResponseDto, status: 200 })
  async secondFactor(
    @CurrentUser() principal: Principal,
    @Body() body: SecondFactorDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const client = { userAgent: request.headers['user-agent'], ipAddress: request.ip };
    const { session, user } = await this.signIn.complete(principal, body, client);
    setSessionCookie(reply, this.config, session);
    return { secondFactorRequired: false, user: toMeResponse(user) };
  }

  @Get('two-factor')
  @Authenticated({ permission: 'account:self' })
  @AllowsUnfinishedSignIn('totpEnrolment')
  @ZodResponse({ type: TwoFactorStatusDto })
  status(@CurrentUser() principal: Principal) {
    return this.twoFactor.status(principal);
  }

  /** A new secret as text, otpauth URI and QR code; on only after /confirm. */
  @Post('two-factor/enrolment')
  @Authenticated({ permission: 'account:self' })
  @AllowsUnfinishedSignIn('totpEnrolment')
  @ZodResponse({ type: TotpEnrolmentDto, status: 201 })
  startEnrolment(@CurrentUser() principal: Principal) {
    return this.twoFactor.startEnrolment(principal);
  }

  /** Rate-limited: the code space is small. Answers with the 10 recovery codes, shown this once. */
  @Post('two-factor/enrolment/confirm')
  @Authenticated({ permission: 'account:self' })
  @AllowsUnfinishedSignIn('totpEnrolment')
  @AuthRateLimit()
  @ZodResponse({ type: RecoveryCodesDto, status: 200 })
  async confirmEnrolment(@CurrentUser() principal: Principal, @Body() body: TotpConfirmDto) {
    return { recoveryCodes: await this.twoFactor.confirmEnrolment(principal, body.code) };
  }

  @Post('two-factor/recovery-codes')
  @Authenticated({ permission: 'account:self' })
  @RequiresRecentAuth()
  @ZodResponse({ type: RecoveryCodesDto, status: 200 })
  async regenerateRecoveryCodes(@CurrentUser() principal: Principal) {
    return { recoveryCodes: await this.twoFactor.regenerateRecoveryCodes(principal) };
  }

  @Post('two-factor/disable')
  @Authenticated({ permission: 'account:self' })
  @RequiresRecentAuth()
  @HttpCode(204)
  async disable(@CurrentUser() principal: Principal): Promise<void> {
    await this.twoFactor.disable(principal);
  }

  /** Password (and code) again; sensitive routes (@RequiresRecentAuth) then admit this session for a while. */
  @Post('reauthenticate')
  @Authenticated({ permission: 'account:self' })
  @AuthRateLimit()
  @ZodResponse({ type: ReauthenticateResponseDto, status: 200 })
  async reauthenticate(@CurrentUser() principal: Principal, @Body() body: ReauthenticateDto) {
    return { validUntil: (await this.signIn.reauthenticate(principal, body)).toISOString() };
  }
}
