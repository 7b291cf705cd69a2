import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import type { User } from '../../generated/prisma/client';
import { AuthService } from './auth.service';

export const LOCAL_STRATEGY = 'local';

/** E-mail + password sign-in; the rules (throttling, verification) are AuthService's. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, LOCAL_STRATEGY) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', session: false, passReqToCallback: true });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<User> {
    return this.auth.verifyCredentials(email, password, { userAgent: request.headers['user-agent'], ipAddress: request.ip });
  }
}
