import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import './support/global-state';

/** Stops the app and drops the database; server logs and captured mail stay in test-results/e2e-run. */
export default async function globalTeardown(config: FullConfig): Promise<void> {
  const environment = globalThis.kopaE2eEnvironment;
  globalThis.kopaE2eEnvironment = undefined;
  const outputDir = config.projects[0]?.outputDir ?? join(__dirname, 'test-results');
  await environment?.stop({ keepFilesIn: join(outputDir, 'e2e-run') });
}
