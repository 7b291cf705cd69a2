import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { SessionStrategy } from '../../common/auth/session.strategy';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';
import { CsrfController } from './csrf.controller';

@Module({
  imports: [PassportModule],
  controllers: [CsrfController],
  providers: [SessionsRepository, SessionsService, SessionStrategy],
  exports: [SessionsService],
})
export class AuthModule {}
