import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStoredLanguage } from './language-storage';
import { formatEuroCents } from '@kopa/shared';
import { DEFAULT_UI_LANGUAGE, UI_LANGUAGES, intlLocaleOf } from './languages';
import { LAYOUT_TEXT_AREAS } from './text-areas';
import { BASE_NAMESPACE, TEXT_AREAS, textsBackend } from './texts';

/** `<html lang>` follows the language so screen readers pronounce the page correctly. */
function syncDocumentLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
i18n.on('languageChanged', syncDocumentLanguage);

/**
 * Resolves once the frame's texts (text-areas.ts) are loaded in the chosen language: the app
 * renders after that, so no key ever shows raw. A language change waits for the new language's
 * texts of every area loaded so far before the page switches.
 */
export const i18nReady: Promise<unknown> = i18n
  .use(textsBackend)
  .use(initReactI18next)
  .init({
    lng: readStoredLanguage() ?? DEFAULT_UI_LANGUAGE,
    // Every language has every key (the translations test), so nothing falls back to Latvian
    // and a visitor reading English downloads English only.
    fallbackLng: false,
    supportedLngs: UI_LANGUAGES.map((language) => language.code),
    load: 'currentOnly',
    ns: [BASE_NAMESPACE, ...LAYOUT_TEXT_AREAS],
    defaultNS: BASE_NAMESPACE,
    // `t('admin.…')` finds the key in the `admin` area once that area is loaded.
    fallbackNS: [...TEXT_AREAS],
    // Sets the language at once (the files still arrive asynchronously).
    initAsync: false,
    // Validation keys from the API may contain ':' and must not be read as a namespace.
    nsSeparator: false,
    interpolation: { escapeValue: false }, // React escapes already
    react: { useSuspense: false },
    returnNull: false,
  });
syncDocumentLanguage(i18n.language);

/** Loads text areas (file names in `lv/`) in the current language; resolves when they are there. */
export function loadTexts(areas: readonly string[]): Promise<void> {
  const unknown = areas.filter((area) => !TEXT_AREAS.includes(area));
  if (unknown.length > 0) throw new Error(`Unknown text areas: ${unknown.join(', ')}`);
  return i18n.loadNamespaces([...areas]);
}

/** Every area: signed-in screens show texts of many; loaded before any of them renders. */
export function loadSignedInTexts(): Promise<void> {
  return loadTexts(TEXT_AREAS);
}

// `{{min, euro}}` in a translation formats integer cents as money in the page's language.
i18n.services.formatter?.add('euro', (cents: unknown, language) =>
  formatEuroCents(Number(cents), intlLocaleOf(language ?? DEFAULT_UI_LANGUAGE)),
);

export default i18n;
