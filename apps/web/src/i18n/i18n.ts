import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStoredLanguage } from './language-storage';
import { formatEuroCents } from '@kopa/shared';
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, intlLocaleOf } from './languages';
import { resources } from './resources';

void i18n.use(initReactI18next).init({
  resources,
  lng: readStoredLanguage() ?? DEFAULT_UI_LANGUAGE,
  fallbackLng: DEFAULT_UI_LANGUAGE,
  supportedLngs: UI_LANGUAGES.map((language) => language.code),
  // Resources are bundled, so initialise synchronously and never suspend.
  initAsync: false,
  // One namespace; validation keys from the API may contain ':' and must not be read as one.
  nsSeparator: false,
  interpolation: { escapeValue: false }, // React escapes already
  react: { useSuspense: false },
  returnNull: false,
});

/** `<html lang>` follows the language so screen readers pronounce the page correctly. */
function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);

// `{{min, euro}}` in a translation formats integer cents as money in the page's language.
i18n.services.formatter?.add('euro', (cents: unknown, language) =>
  formatEuroCents(Number(cents), intlLocaleOf(language ?? DEFAULT_UI_LANGUAGE)),
);
i18n.on('languageChanged', syncDocumentLanguage);

export default i18n;
