import { Fieldset, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's default light shades (blue 6, red 6, gray 6 for dimmed text) fall below the
 * 4.5:1 contrast WCAG AA asks for normal-size text on white; shade 8/9 and gray 7 pass.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    // Form sections read as headings of their group of fields.
    Fieldset: Fieldset.extend({
      styles: { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
