import { isUiLanguage, type UiLanguage } from './languages';

const STORAGE_KEY = 'kopa.language';

/** The language this browser chose explicitly, if any (it wins over the account's). */
export function readStoredLanguage(): UiLanguage | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null; // storage can be blocked (privacy mode); the default language still works
  }
}

export function storeLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered across visits then; nothing else depends on it.
  }
}
