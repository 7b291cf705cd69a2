import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { storeLanguage } from '../../i18n/language-storage';
import { apiLocaleOf, type UiLanguage } from '../../i18n/languages';
import { useMe } from '../auth/auth.api';
import { useUpdateLocale } from './language.api';

/** Switches the interface language, remembers it here, and on the account when signed in. */
export function useChangeLanguage() {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const updateLocale = useUpdateLocale();
  const { mutate } = updateLocale;

  const changeLanguage = useCallback(
    (language: UiLanguage) => {
      storeLanguage(language);
      void i18n.changeLanguage(language);
      const locale = apiLocaleOf(language);
      if (me && me.locale !== locale) mutate({ locale });
    },
    [i18n, me, mutate],
  );

  return { changeLanguage, language: i18n.resolvedLanguage ?? i18n.language };
}
