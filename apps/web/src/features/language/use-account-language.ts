import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { readStoredLanguage } from '../../i18n/language-storage';
import { isUiLanguage } from '../../i18n/languages';
import { useMe } from '../auth/auth.api';

/**
 * A signed-in user on a browser that never chose a language gets the one on their account;
 * a choice made in this browser wins (it is also saved to the account when made).
 */
export function useAccountLanguage(): void {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const accountLocale = me?.locale;
  useEffect(() => {
    if (!accountLocale || readStoredLanguage()) return;
    if (isUiLanguage(accountLocale) && i18n.language !== accountLocale) {
      void i18n.changeLanguage(accountLocale);
    }
  }, [accountLocale, i18n]);
}
