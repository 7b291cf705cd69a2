import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import i18n, { i18nReady, loadSignedInTexts } from '../i18n/i18n';
import { theme } from '../app/theme';
import { stubMatchMedia, stubResizeObserver } from './match-media';

/**
 * For component tests (jsdom): the browser APIs Mantine needs, and every text area in the
 * given language, so the test reads what a person reads.
 */
export async function prepareComponentTests(language: 'lv' | 'en'): Promise<void> {
  stubMatchMedia();
  // Table.ScrollContainer and Textarea autosize watch their size; jsdom has no ResizeObserver.
  stubResizeObserver();
  // Textarea autosize listens for web fonts loading; jsdom has no FontFaceSet.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
  }
  await i18nReady;
  await i18n.changeLanguage(language);
  await loadSignedInTexts();
}

/**
 * Renders inside the app's providers: texts, theme (Mantine's test mode: no transitions, no
 * portals), a query client that never retries, and a data router at `at` (pages that guard
 * unsaved changes need one) whose one route is `path` (a page's pattern, for its `useParams`).
 */
export function renderInApp(ui: ReactNode, at = '/', path = '*'): RenderResult {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter([{ path, element: ui }], { initialEntries: [at] });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} env="test">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>,
  );
}
