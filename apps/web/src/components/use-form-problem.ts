import type { TFieldError } from '@kopa/shared';
import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { isApiProblem } from '../lib/api-problem';
import { applyProblemToForm, fieldPathsOf } from '../lib/form-errors';

export interface FormProblem {
  error: unknown;
  /** Field errors that match no field of the form. */
  unmatched: TFieldError[];
}

/**
 * A form's failed submit: field errors go beside their fields, the rest into one alert
 * (render it with `<ProblemAlert error={problem.error} fieldErrors={problem.unmatched} />`).
 */
export function useFormProblem<T extends FieldValues>(setError: UseFormSetError<T>, fieldsOf: object) {
  // The form's field names do not change while it is mounted: compute them once.
  const [fields] = useState(() => new Set(fieldPathsOf(fieldsOf)));
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const report = (error: unknown) => {
    const unmatched = isApiProblem(error) ? applyProblemToForm(error, setError, fields) : [];
    setProblem({ error, unmatched });
  };

  return { problem, report, clear: () => setProblem(null) };
}
