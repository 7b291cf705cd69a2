import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readStoredLanguage } from '../../i18n/language-storage';
import { apiLocaleOf, isUiLanguage } from '../../i18n/languages';
import { useMe } from '../auth/auth.api';
import { useUpdateLocale } from './language.api';

/**
 * The language a person sees is the one their e-mails and PDFs come in:
 * - a language chosen in this browser (even before signing in) wins, and is saved to the
 *   account as soon as someone is signed in whose account says otherwise;
 * - a browser that never chose one shows the account's language.
 */
export function useAccountLanguage(): void {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const { mutate: saveLocale } = useUpdateLocale();
  const accountLocale = me?.locale;
  const userId = me?.id;
  // Saved once per user and language: a failing save is not retried in a loop.
  const saved = useRef<string | null>(null);
  useEffect(() => {
    if (!accountLocale || !userId) return;
    const chosen = readStoredLanguage();
    if (chosen) {
      const locale = apiLocaleOf(chosen);
      const attempt = `${userId}:${locale}`;
      if (locale !== accountLocale && saved.current !== attempt) {
        saved.current = attempt;
        saveLocale({ locale });
      }
      return;
    }
    if (isUiLanguage(accountLocale) && i18n.language !== accountLocale) {
      void i18n.changeLanguage(accountLocale);
    }
  }, [accountLocale, userId, i18n, saveLocale]);
}
