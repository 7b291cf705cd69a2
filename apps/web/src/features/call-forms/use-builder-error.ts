import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** `(path) => translated error | undefined` for the builder's fields. */
export function useBuilderError(errors: Record<string, string>) {
  const { t, i18n } = useTranslation();
  return useCallback(
    (path: string): string | undefined => {
      const key = errors[path];
      if (!key) return undefined;
      if (i18n.exists(`callForms.errors.${key}`)) return t(`callForms.errors.${key}`);
      // An empty text in a bilingual pair is the common case of zod's too_small.
      if (key === 'too_small' && /\.(lv|en)$/.test(path)) return t('callForms.errors.required');
      if (key === 'too_small' && path.endsWith('.showIf.values')) return t('callForms.errors.form.showIf.unknownValue');
      if (i18n.exists(`validation.codes.${key}`)) return t(`validation.codes.${key}`);
      return t('validation.invalid');
    },
    [errors, t, i18n],
  );
}
