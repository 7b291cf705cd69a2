import type { TFieldError } from '@kopa/shared';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiProblem } from './api-problem';

/** Dot paths of every field in a form's default values (arrays are single fields). */
export function fieldPathsOf(values: object, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const nested = value !== null && typeof value === 'object' && !Array.isArray(value);
    return nested ? fieldPathsOf(value as object, path) : [path];
  });
}

/**
 * The form field an API error belongs to: the path itself, or the nearest parent that is a
 * field (an error on `eligibleMunicipalityCodes.2` is shown beside the checkbox group).
 */
export function formFieldFor(path: string, fields: ReadonlySet<string>): string | null {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const candidate = segments.slice(0, length).join('.');
    if (fields.has(candidate)) return candidate;
  }
  return null;
}

/**
 * Shows the API's `errors[]` beside the fields (focusing the first) and returns the ones
 * that match no field, for the form to show at the top.
 */
export function applyProblemToForm<T extends FieldValues>(
  problem: Pick<ApiProblem, 'errors'>,
  setError: UseFormSetError<T>,
  fields: ReadonlySet<string>,
): TFieldError[] {
  const unmatched: TFieldError[] = [];
  let focused = false;
  for (const error of problem.errors) {
    const field = formFieldFor(error.path, fields);
    if (!field) {
      unmatched.push(error);
      continue;
    }
    setError(field as Path<T>, { type: error.code, message: error.message }, { shouldFocus: !focused });
    focused = true;
  }
  return unmatched;
}
