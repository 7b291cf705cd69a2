import { z } from 'zod';
import type { TRole } from './roles';

/** Roles that must sign in with a second factor: they can read and decide on everyone's data. */
export const TOTP_REQUIRED_ROLES: readonly TRole[] = ['coordinator', 'admin'];

export function totpRequiredFor(roles: readonly TRole[]): boolean {
  return roles.some((role) => TOTP_REQUIRED_ROLES.includes(role));
}

export const RECOVERY_CODE_COUNT = 10;
/** How long a re-authentication admits sensitive actions (disabling 2FA, data export, erasure, role changes). */
export const REAUTH_WINDOW_MINUTES = 10;

/** Six digits from the authenticator app; spaces people type are dropped. */
export const ZTotpCode = z
  .string()
  .max(20)
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code'));

/** Recovery codes are printed as xxxxx-xxxxx; case, spaces and the dash do not matter. */
export const ZRecoveryCode = z
  .string()
  .max(40)
  .transform((value) => value.replace(/[\s-]+/g, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z2-7]{10}$/, 'Enter a recovery code as printed'));

/** The second sign-in step: a code from the app, or one recovery code. */
export const ZSecondFactorRequest = z
  .object({ code: ZTotpCode.optional(), recoveryCode: ZRecoveryCode.optional() })
  .refine((value) => Boolean(value.code) !== Boolean(value.recoveryCode), {
    message: 'Give either the code or a recovery code',
    path: ['code'],
  });
export type TSecondFactorRequest = z.infer<typeof ZSecondFactorRequest>;

export const ZTotpConfirmRequest = z.object({ code: ZTotpCode });
export type TTotpConfirmRequest = z.infer<typeof ZTotpConfirmRequest>;

export const ZTotpEnrolmentResponse = z.object({
  /** Base32 secret, for typing into an app that cannot scan. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The same URI as an SVG QR code (data: URL), ready for an <img>. */
  qrCodeDataUrl: z.string(),
});
export type TTotpEnrolmentResponse = z.infer<typeof ZTotpEnrolmentResponse>;

export const ZRecoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export type TRecoveryCodesResponse = z.infer<typeof ZRecoveryCodesResponse>;

export const ZTwoFactorStatusResponse = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  required: z.boolean(),
  recoveryCodesRemaining: z.number().int(),
});
export type TTwoFactorStatusResponse = z.infer<typeof ZTwoFactorStatusResponse>;

/** Password again (and a code when 2FA is on) before a sensitive action. */
export const ZReauthenticateRequest = z.object({
  password: z.string().min(1).max(200),
  code: ZTotpCode.optional(),
  recoveryCode: ZRecoveryCode.optional(),
});
export type TReauthenticateRequest = z.infer<typeof ZReauthenticateRequest>;

export const ZReauthenticateResponse = z.object({ validUntil: z.string() });
export type TReauthenticateResponse = z.infer<typeof ZReauthenticateResponse>;
