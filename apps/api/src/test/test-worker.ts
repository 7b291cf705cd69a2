import type { AppConfig } from '../config/env.schema';
import { createWorker, type RunningWorker } from '../worker.factory';

/**
 * Runs the real worker (BullMQ, SMTP, database) in the test process against a test
 * app's configuration; override e.g. SMTP_URL to simulate an outage.
 */
export function startTestWorker(config: AppConfig, overrides: Partial<AppConfig> = {}): Promise<RunningWorker> {
  return createWorker({ ...config, ...overrides });
}
