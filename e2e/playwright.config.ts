import { defineConfig } from '@playwright/test';

const CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * The built app (API + web + worker) is started by global setup on its own database and
 * port; tests get its address through the `baseURL` fixture (fixtures/test.ts), because
 * this file is read before global setup has chosen the port.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: './test-results',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  fullyParallel: false,
  // Two cores: the API, the worker, PostgreSQL and Chromium already share them.
  workers: 1,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `--reporter=list,json` on the command line replaces this list.
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    // A visitor abroad: every date must still be shown and entered in Riga time.
    timezoneId: 'America/New_York',
    locale: 'lv-LV',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          // Debian's Chromium; Playwright's own browser downloads are not reachable here.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
        },
      },
    },
  ],
});
