import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
/** Separates this key from every other use of COOKIE_SECRET (cookie signing). */
const HKDF_INFO = 'kopa/totp-secret/v1';

/**
 * Encrypts TOTP secrets at rest (AES-256-GCM) with a key derived from COOKIE_SECRET by HKDF:
 * a copy of the database alone does not let anyone produce codes. Rotating COOKIE_SECRET
 * therefore means staff enrol again (docs/api.md).
 */
export class TotpSecretCipher {
  private readonly key: Buffer;

  constructor(cookieSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', cookieSecret, 'kopa', HKDF_INFO, 32));
  }

  encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
  }

  /** Null when the value was made with another key or was tampered with. */
  decrypt(stored: string): string | null {
    const [version, iv, tag, ciphertext] = stored.split(':');
    if (version !== VERSION || !iv || !tag || !ciphertext) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
