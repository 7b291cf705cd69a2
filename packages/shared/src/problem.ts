import { z } from 'zod';

/** Stable problem types (RFC 9457 `type`); clients switch on these, never on titles. */
export const PROBLEM_TYPES = {
  validation: '/problems/validation-error',
  unauthenticated: '/problems/unauthenticated',
  forbidden: '/problems/forbidden',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  staleVersion: '/problems/stale-version',
  invalidTransition: '/problems/invalid-transition',
  invalidCredentials: '/problems/invalid-credentials',
  signInThrottled: '/problems/sign-in-throttled',
  emailNotVerified: '/problems/email-not-verified',
  accountDeactivated: '/problems/account-deactivated',
  invalidToken: '/problems/invalid-token',
  csrf: '/problems/csrf',
  rateLimited: '/problems/rate-limited',
  fileTooLarge: '/problems/file-too-large',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedFileType: '/problems/unsupported-file-type',
  secondFactorRequired: '/problems/second-factor-required',
  invalidSecondFactor: '/problems/invalid-second-factor',
  secondFactorExpired: '/problems/second-factor-expired',
  totpEnrolmentRequired: '/problems/totp-enrolment-required',
  reauthenticationRequired: '/problems/reauthentication-required',
  applicationLimitReached: '/problems/application-limit-reached',
  internal: '/problems/internal',
} as const;
export type TProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];

export const ZFieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type TFieldError = z.infer<typeof ZFieldError>;

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(ZFieldError).optional(),
});
export type TProblem = z.infer<typeof ZProblem>;
