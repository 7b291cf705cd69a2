import { isApiProblem } from '../../lib/api-problem';

/** Server field errors (`errors[].path` = question id, maybe nested) → the renderer's errors. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!isApiProblem(error)) return {};
  const result: Record<string, string> = {};
  for (const fieldError of error.errors) {
    const [questionId] = fieldError.path.split('.');
    if (questionId && !(questionId in result)) result[questionId] = fieldError.message || fieldError.code;
    if (fieldError.path.includes('.') && !(fieldError.path in result)) result[fieldError.path] = fieldError.message;
  }
  return result;
}

/** The server's reason an organisation may not apply, as our own translation key. */
export function ineligibilityKey(error: unknown): string | null {
  if (!isApiProblem(error)) return null;
  const message = error.errors.find((fieldError) => fieldError.message.startsWith('application.ineligible.'))?.message;
  if (!message) return null;
  const reason = message.slice('application.ineligible.'.length);
  return ['organisationType', 'municipality'].includes(reason) ? `applications.ineligible.${reason}` : 'applications.ineligible.other';
}
