import type { FieldError } from 'react-hook-form';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { translateValidationMessage } from '../lib/validation-message';

/** `(fieldError) => text` for Mantine's `error` prop, translated in the current language. */
export function useValidationText() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: Pick<FieldError, 'type' | 'message'> | undefined) =>
      translateValidationMessage(
        error,
        (key, params) => (params ? t(key, params) : t(key)),
        (key, params) => i18n.exists(key, params),
      ),
    [t, i18n],
  );
}
