import { PROBLEM_TYPES } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api-problem';
import { duplicateRegistrationNumber } from './organisation-problems';

const problem = (type: string, errors: { path: string; code: string; message: string }[] = []) =>
  new ApiProblem({ type, title: 't', status: 409, errors });

describe('duplicateRegistrationNumber', () => {
  it('recognises the 409 with a field error on the registration number', () => {
    expect(
      duplicateRegistrationNumber(
        problem(PROBLEM_TYPES.conflict, [
          { path: 'registrationNumber', code: 'duplicate', message: 'organisation.registrationNumber.taken' },
        ]),
      ),
    ).toBe(true);
  });

  it('ignores other conflicts and other errors', () => {
    expect(duplicateRegistrationNumber(problem(PROBLEM_TYPES.conflict))).toBe(false);
    expect(duplicateRegistrationNumber(problem(PROBLEM_TYPES.staleVersion, [{ path: 'registrationNumber', code: 'x', message: 'y' }]))).toBe(false);
    expect(duplicateRegistrationNumber(new Error('boom'))).toBe(false);
  });
});
