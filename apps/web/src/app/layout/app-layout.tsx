import { AppShell, Box, Container, Stack } from '@mantine/core';
import { em } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useMe } from '../../features/auth/auth.api';
import { useAccountLanguage } from '../../features/language/use-account-language';
import { AppFooter } from './app-footer';
import { AppHeader, NAV_DRAWER_ID } from './app-header';
import { HeaderAccount } from './header-account';
import { MainNav } from './main-nav';
import { WorkspaceNav } from './signed-in-parts';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * Every page's frame (Mantine AppShell). Signed in: a sidebar of the user's areas, which
 * becomes a drawer behind the burger below the `sm` breakpoint. Visitors: the public links
 * in the header, and in the drawer on narrow screens.
 */
export function AppLayout() {
  const { t } = useTranslation();
  useAccountLanguage();
  const { data: me } = useMe();
  const [navOpened, nav] = useDisclosure(false);
  // Below `sm` (48em) the navigation is a drawer; visitors have no sidebar on wide screens.
  const narrow = useMediaQuery(`(max-width: ${em(767.98)})`) ?? false;
  const showNavbar = Boolean(me) || narrow;
  // A closed drawer is moved off-screen; hidden too, so its links are not tabbed to or read out.
  const navHidden = narrow && !navOpened;
  const { pathname } = useLocation();
  const mainRef = useFocusMainOnNavigation(pathname);
  // A link followed from the drawer closes it (on a change of page only: the handlers
  // object is not stable across renders, so depending on it alone would close at once).
  const drawerPath = useRef(pathname);
  useEffect(() => {
    if (drawerPath.current === pathname) return;
    drawerPath.current = pathname;
    nav.close();
  }, [pathname, nav]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened, desktop: !me } }}
      padding={0}
    >
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('layout.skipToContent')}
      </a>
      <AppShell.Header component="header">
        <AppHeader me={me} navOpened={navOpened} onToggleNav={nav.toggle} />
      </AppShell.Header>
      {showNavbar && (
      <AppShell.Navbar id={NAV_DRAWER_ID} p="sm" component="div" style={navHidden ? { visibility: 'hidden' } : undefined}>
        {me ? (
          <WorkspaceNav roles={me.roles} />
        ) : (
          <Stack gap="lg">
            <MainNav vertical />
            <HeaderAccount />
          </Stack>
        )}
      </AppShell.Navbar>
      )}
      {/* Not AppShell.Main: that renders <main>, and the footer must stay outside it. */}
      <Box
        style={{
          paddingTop: 'var(--app-shell-header-offset, 0px)',
          paddingInlineStart: 'var(--app-shell-navbar-offset, 0px)',
          minHeight: '100vh',
          display: 'flex',
          flexDirection: 'column',
        }}
      >
        <Container component="main" id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} size="lg" py="xl" w="100%" style={{ flex: 1 }}>
          <Outlet />
        </Container>
        <AppFooter />
      </Box>
      <ScrollRestoration />
    </AppShell>
  );
}

/**
 * After a client-side navigation, move focus to the new content, as a full page load
 * would; otherwise keyboard and screen-reader users stay on the link they clicked.
 */
function useFocusMainOnNavigation(pathname: string) {
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
