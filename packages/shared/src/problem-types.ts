// No zod here: the web app's every page needs these names, not the schemas (see package.json sideEffects).
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
  /** The consultation slot was taken by someone else first (or withdrawn); pick another free one. */
  slotTaken: '/problems/slot-taken',
  applicationLimitReached: '/problems/application-limit-reached',
  internal: '/problems/internal',
} as const;
export type TProblemType = (typeof PROBLEM_TYPES)[keyof typeof PROBLEM_TYPES];
