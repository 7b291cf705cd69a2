import { PROBLEM_TYPES } from '@kopa/shared';
import { CLIENT_PROBLEM_TYPES, isApiProblem } from './api-problem';

const KEY_BY_TYPE: Record<string, string> = Object.fromEntries([
  ...Object.entries(PROBLEM_TYPES).map(([name, type]) => [type, `problems.${name}`]),
  ...Object.entries(CLIENT_PROBLEM_TYPES).map(([name, type]) => [type, `problems.${name}`]),
]);

/** The translation key describing a failure; our own wording, so it follows the UI language. */
export function problemMessageKey(error: unknown): string {
  if (isApiProblem(error)) return KEY_BY_TYPE[error.type] ?? 'problems.unexpected';
  return 'problems.unexpected';
}
