import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { useValidationText } from './use-validation-text';

/** `errorOf('title.lv')` → translated message for Mantine's `error` prop, or undefined. */
export function useFieldError<T extends FieldValues>(errors: FieldErrors<T>) {
  const validationText = useValidationText();
  return (name: string): string | undefined => validationText(get(errors, name));
}
