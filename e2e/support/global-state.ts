import type { E2eEnvironment } from './environment';

declare global {
  // Global setup and teardown run in the same runner process; this hands the one to the other.
  var kopaE2eEnvironment: E2eEnvironment | undefined;
}

export {};
