import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Stryker's sandboxes hold a copy of these specs; a plain `vitest run` must not pick them up.
    exclude: [...configDefaults.exclude, '.stryker-tmp/**', 'reports/**'],
  },
});
