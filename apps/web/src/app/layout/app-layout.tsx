import { Box, Container } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useAccountLanguage } from '../../features/language/use-account-language';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

export const MAIN_CONTENT_ID = 'main-content';

export function AppLayout() {
  const { t } = useTranslation();
  useAccountLanguage();
  const mainRef = useFocusMainOnNavigation();

  return (
    <Box style={{ display: 'flex', flexDirection: 'column', minHeight: '100vh' }}>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('layout.skipToContent')}
      </a>
      <AppHeader />
      <Container
        component="main"
        id={MAIN_CONTENT_ID}
        ref={mainRef}
        tabIndex={-1}
        size="lg"
        py="xl"
        w="100%"
        style={{ flex: 1 }}
      >
        <Outlet />
      </Container>
      <AppFooter />
      <ScrollRestoration />
    </Box>
  );
}

/**
 * After a client-side navigation, move focus to the new content, as a full page load
 * would; otherwise keyboard and screen-reader users stay on the link they clicked.
 */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLDivElement>(null);
  // Compare paths rather than counting renders: StrictMode runs effects twice on mount.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}
