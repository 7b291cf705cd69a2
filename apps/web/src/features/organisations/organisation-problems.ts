import { PROBLEM_TYPES } from '@kopa/shared';
import { isApiProblem } from '../../lib/api-problem';

/** The API's answer when the registration number belongs to an organisation already registered. */
export function duplicateRegistrationNumber(error: unknown): boolean {
  return (
    isApiProblem(error) &&
    error.is(PROBLEM_TYPES.conflict) &&
    error.errors.some((fieldError) => fieldError.path === 'registrationNumber')
  );
}
