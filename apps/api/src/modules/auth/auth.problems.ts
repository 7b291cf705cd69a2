import { PROBLEM_TYPES } from '@kopa/shared';
import { ProblemException } from '../../common/problem/problem.exception';

/** The account-specific problems; the generic ones are in common/problem. */
export const AuthProblems = {
  invalidCredentials: () => new ProblemException(PROBLEM_TYPES.invalidCredentials, 401),
  accountLocked: (until: Date, now: Date) => {
    const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
    return new ProblemException(PROBLEM_TYPES.accountLocked, 423, `Try again in ${minutes} min.`);
  },
  emailNotVerified: () => new ProblemException(PROBLEM_TYPES.emailNotVerified, 403),
  accountDeactivated: () => new ProblemException(PROBLEM_TYPES.accountDeactivated, 403),
  invalidToken: () => new ProblemException(PROBLEM_TYPES.invalidToken, 400),
};
