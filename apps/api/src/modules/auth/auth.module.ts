import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { SessionStrategy } from '../../common/auth/session.strategy';
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

@Module({
  imports: [PassportModule],
  controllers: [CsrfController, AuthController, AccountController],
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
  ],
  exports: [SessionsService, AuthTokensService],
})
export class AuthModule {}
