import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../lib/api-problem';
import { ineligibilityKey, serverFieldErrors } from './application-problems';

const problem = (errors: { path: string; code: string; message: string }[]) =>
  new ApiProblem({ type: '/problems/validation-error', title: 'Invalid', status: 400, errors });

describe('serverFieldErrors', () => {
  it('puts each server error beside its question, keeping nested budget paths', () => {
    expect(
      serverFieldErrors(
        problem([
          { path: 'summary', code: 'custom', message: 'answer.required' },
          { path: 'budget.0.description', code: 'too_small', message: 'required' },
          { path: 'budget', code: 'custom', message: 'budget.requested.belowMin' },
        ]),
      ),
    ).toEqual({ summary: 'answer.required', budget: 'required', 'budget.0.description': 'required' });
  });
  it('ignores anything that is not a problem', () => {
    expect(serverFieldErrors(new Error('x'))).toEqual({});
  });
});

describe('ineligibilityKey', () => {
  it('translates the server reason', () => {
    expect(ineligibilityKey(problem([{ path: 'organisationId', code: 'custom', message: 'application.ineligible.organisationType' }]))).toBe(
      'applications.ineligible.organisationType',
    );
    expect(ineligibilityKey(problem([{ path: 'organisationId', code: 'custom', message: 'application.ineligible.somethingNew' }]))).toBe(
      'applications.ineligible.other',
    );
    expect(ineligibilityKey(problem([]))).toBeNull();
  });
});
