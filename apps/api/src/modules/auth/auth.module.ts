import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { SessionStrategy } from './session.strategy';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthRateLimitConfig } from './auth-rate-limit';
import { AuthService } from './auth.service';
import { AuthTokensRepository } from './auth-tokens.repository';
import { AuthTokensService } from './auth-tokens.service';
import { CsrfController } from './csrf.controller';
import { LocalStrategy } from './local.strategy';
import { PasswordResetService } from './password-reset.service';
import { PasswordService } from './password.service';
import { RegistrationService } from './registration.service';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { UsersRepository } from './users.repository';
import { KnownDevicesService } from './known-devices.service';
import { AccountSecurityNotices } from './account-security-notices';
import { LoginThrottle } from './login-throttle';
import { SecondFactorSignInService } from './two-factor/second-factor-sign-in.service';
import { TotpSecretCipher } from './two-factor/totp-secret-cipher';
import { TwoFactorController } from './two-factor/two-factor.controller';
import { TwoFactorRepository } from './two-factor/two-factor.repository';
import { TwoFactorService } from './two-factor/two-factor.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';

@Module({
  imports: [PassportModule],
  controllers: [CsrfController, AuthController, AccountController, TwoFactorController],
  providers: [
    SessionsRepository,
    SessionsService,
    SessionStrategy,
    LocalStrategy,
    UsersRepository,
    AuthTokensRepository,
    PasswordService,
    AuthTokensService,
    AuthService,
    RegistrationService,
    PasswordResetService,
    AccountService,
    AuthRateLimitConfig,
    KnownDevicesService,
    AccountSecurityNotices,
    LoginThrottle,
    TwoFactorRepository,
    TwoFactorService,
    SecondFactorSignInService,
    {
      provide: TotpSecretCipher,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new TotpSecretCipher(config.COOKIE_SECRET),
    },
  ],
  exports: [SessionsService, PasswordService, UsersRepository, AuthTokensService],
})
export class AuthModule {}
