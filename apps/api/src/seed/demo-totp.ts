import { TOTP_REQUIRED_ROLES } from '@kopa/shared';
import type { PrismaClient } from '../generated/prisma/client';
import { TotpSecretCipher } from '../modules/auth/two-factor/totp-secret-cipher';
import { totpUri } from '../modules/auth/two-factor/totp';
import { demoEmail } from './seed';

/**
 * The demo's well-known TOTP secret (base32). Public on purpose, like the demo password:
 * coordinators and admins must sign in with a code, and demo visitors need to produce one
 * (`pnpm demo:code`, or add the secret to an authenticator app). Set DEMO_TOTP_SECRET for another.
 */
export const DEFAULT_DEMO_TOTP_SECRET = 'KOPADEMOKOPADEMOKOPADEMOKOPADEMO';

export interface DemoTotpAccount {
  email: string;
  otpauthUri: string;
  /** False when the account already had its own TOTP: it was left as it was. */
  enrolled: boolean;
}

/**
 * Enrols the demo staff accounts (coordinator, admin) in TOTP with `secret`, encrypted the way
 * the API reads it (key from COOKIE_SECRET), so `pnpm start` stays usable right away.
 * Accounts that already have a TOTP secret readable with this key keep theirs.
 */
export async function seedDemoStaffTotp(
  prisma: PrismaClient,
  options: { cookieSecret: string; secret: string; now?: Date },
): Promise<DemoTotpAccount[]> {
  const cipher = new TotpSecretCipher(options.cookieSecret);
  const accounts: DemoTotpAccount[] = [];
  for (const role of TOTP_REQUIRED_ROLES) {
    const email = demoEmail(role);
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user) continue;
    // A secret the current COOKIE_SECRET cannot read (the secret changed) is as good as none.
    const usable = user.totpEnabledAt && user.totpSecret && cipher.decrypt(user.totpSecret) !== null;
    if (!usable) {
      await prisma.user.update({
        where: { id: user.id },
        data: { totpSecret: cipher.encrypt(options.secret), totpEnabledAt: options.now ?? new Date() },
      });
    }
    accounts.push({ email, otpauthUri: totpUri(options.secret, email), enrolled: !usable });
  }
  return accounts;
}
