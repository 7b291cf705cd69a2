import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../../config/env.schema';
import { SESSION_COOKIE } from '../../common/auth/session-cookie';

function cookieOptions(config: AppConfig) {
  return { httpOnly: true, sameSite: 'lax', secure: config.COOKIE_SECURE, path: '/' } as const;
}

/** The cookie carries the raw session token (signed); the database has only its hash. */
export function setSessionCookie(reply: FastifyReply, config: AppConfig, session: { token: string; expiresAt: Date }) {
  void reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(config), signed: true, expires: session.expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, config: AppConfig) {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(config));
}
