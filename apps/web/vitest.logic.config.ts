import { defineConfig } from 'vitest/config';

/**
 * The unit tests of the web app's pure logic (`*.test.ts`), for mutation testing: Stryker
 * reruns the tests that cover each mutant, and the component tests (`*.test.tsx`, jsdom)
 * would make that many times slower without covering the logic any better.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
