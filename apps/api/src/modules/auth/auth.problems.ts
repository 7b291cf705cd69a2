import { PROBLEM_TYPES } from '@kopa/shared';
import { ProblemException } from '../../common/problem/problem.exception';

/** The account-specific problems; the generic ones are in common/problem. */
export const AuthProblems = {
  invalidCredentials: () => new ProblemException(PROBLEM_TYPES.invalidCredentials, 401),
  signInThrottled: (retryAfterSeconds: number) => {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    return new ProblemException(
      PROBLEM_TYPES.signInThrottled,
      429,
      `Too many failed attempts from this address; try again in ${minutes} min, or reset the password to sign in at once.`,
      undefined,
      retryAfterSeconds,
    );
  },
  emailNotVerified: () => new ProblemException(PROBLEM_TYPES.emailNotVerified, 403),
  accountDeactivated: () => new ProblemException(PROBLEM_TYPES.accountDeactivated, 403),
  invalidToken: () => new ProblemException(PROBLEM_TYPES.invalidToken, 400),
};
