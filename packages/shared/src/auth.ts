import { z } from 'zod';
import { ZLocale, ZRole } from './roles';

export const PASSWORD_MIN_LENGTH = 10;
const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));
const ZNewPassword = z.string().min(PASSWORD_MIN_LENGTH).max(200);

export const ZRegisterRequest = z.object({
  email: ZEmail,
  password: ZNewPassword,
  displayName: z.string().trim().min(1).max(120),
  locale: ZLocale.default('lv'),
});
export type TRegisterRequest = z.infer<typeof ZRegisterRequest>;

export const ZLoginRequest = z.object({
  email: ZEmail,
  password: z.string().min(1).max(200),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

export const ZVerifyEmailRequest = z.object({ token: z.string().min(16).max(200) });
export type TVerifyEmailRequest = z.infer<typeof ZVerifyEmailRequest>;

export const ZResendVerificationRequest = z.object({ email: ZEmail });
export type TResendVerificationRequest = z.infer<typeof ZResendVerificationRequest>;

export const ZForgotPasswordRequest = z.object({ email: ZEmail });
export type TForgotPasswordRequest = z.infer<typeof ZForgotPasswordRequest>;

export const ZResetPasswordRequest = z.object({
  token: z.string().min(16).max(200),
  password: ZNewPassword,
});
export type TResetPasswordRequest = z.infer<typeof ZResetPasswordRequest>;

export const ZChangePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: ZNewPassword,
});
export type TChangePasswordRequest = z.infer<typeof ZChangePasswordRequest>;

export const ZUpdateLocaleRequest = z.object({ locale: ZLocale });
export type TUpdateLocaleRequest = z.infer<typeof ZUpdateLocaleRequest>;

export const ZMeResponse = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(ZRole),
  locale: ZLocale,
  emailVerified: z.boolean(),
  /** TOTP two-factor sign-in is on for this account. */
  totpEnabled: z.boolean(),
  /** A staff account without TOTP: it may do nothing but enrol. */
  totpEnrolmentRequired: z.boolean(),
});
export type TMeResponse = z.infer<typeof ZMeResponse>;

export const ZSessionResponse = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  current: z.boolean(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZCsrfResponse = z.object({ token: z.string() });
export type TCsrfResponse = z.infer<typeof ZCsrfResponse>;

/** Who is signed in, asked by every page load: a visitor is an answer (null), not an error. */
export const ZSessionStateResponse = z.object({
  user: ZMeResponse.nullable(),
  /** The password was accepted; the session waits for the second factor. */
  secondFactorPending: z.boolean(),
});
export type TSessionStateResponse = z.infer<typeof ZSessionStateResponse>;

/**
 * Sign-in answers with the user, or (user null) asks for the second factor; the session cookie
 * is set in both cases, but a session waiting for the code admits nothing else.
 */
export const ZLoginResponse = z.object({ secondFactorRequired: z.boolean(), user: ZMeResponse.nullable() });
export type TLoginResponse = z.infer<typeof ZLoginResponse>;
