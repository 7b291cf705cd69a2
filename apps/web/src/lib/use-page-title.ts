import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` for the page (WCAG 2.4.2); follows the language when it changes. */
export function usePageTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${appName}` : appName;
  }, [pageTitle, appName]);
}
