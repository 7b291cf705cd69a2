import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-custom';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../common/auth/principal';
import { SESSION_COOKIE, SESSION_STRATEGY } from '../../common/auth/session-cookie';
import { SessionsService } from './sessions.service';

/** Passport strategy that turns the session cookie into the signed-in user. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  async validate(request: FastifyRequest): Promise<Principal | false> {
    const raw = request.cookies?.[SESSION_COOKIE];
    if (!raw) return false;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return false;
    return (await this.sessions.authenticate(unsigned.value)) ?? false;
  }
}
