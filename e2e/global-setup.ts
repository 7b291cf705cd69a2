import type { FullConfig } from '@playwright/test';
import { startEnvironment } from './support/environment';
import './support/global-state';

export default async function globalSetup(_config: FullConfig): Promise<void> {
  const started = Date.now();
  globalThis.kopaE2eEnvironment = await startEnvironment();
  console.log(`e2e: app at ${globalThis.kopaE2eEnvironment.baseUrl} (ready in ${Date.now() - started} ms)`);
}
