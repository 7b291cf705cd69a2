import { useValidationText } from '../../components/use-validation-text';
import { isApiProblem } from '../../lib/api-problem';

/** `(path) => translated text` of the API's field errors of a failed request, for Mantine's `error` prop. */
export function useApiFieldErrors(error: unknown) {
  const text = useValidationText();
  const errors = isApiProblem(error) ? error.errors : [];
  return {
    of: (path: string) => {
      const found = errors.find((item) => item.path === path || item.path.startsWith(`${path}.`));
      return found ? text({ type: found.code, message: found.message }) : undefined;
    },
    has: (code: string) => errors.some((item) => item.code === code),
    paths: errors.map((item) => item.path),
  };
}
