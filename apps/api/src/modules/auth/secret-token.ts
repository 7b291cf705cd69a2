import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token for cookies and e-mailed links; only its hash is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
