import { Fieldset, createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's default light shades (blue 6, red 6, gray 6 for dimmed text) fall below the
 * 4.5:1 contrast WCAG AA asks for normal-size text on white; shade 8/9 and gray 7 pass.
 */
// Mantine's orange 9 (#d9480f) measures 4.29:1 on white: warning text and the "changed"
// badge need 4.5:1. #c2410c measures 5.2:1 (about 4.8:1 on the light orange of a notice).
const ORANGE = ['#fff4e6', '#ffe8cc', '#ffd8a8', '#ffc078', '#ffa94d', '#ff922b', '#fd7e14', '#f76707', '#e8590c', '#c2410c'] as const;

export const theme = createTheme({
  primaryColor: 'blue',
  colors: { orange: [...ORANGE] },
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
