import 'reflect-metadata';
import { createApp } from './app.factory';
import { InvalidEnvironmentError, parseEnv } from './config/env.schema';
import { createWorker } from './worker.factory';

/**
 * `pnpm dev`: the API and the worker in one process, restarted by tsc-watch on every change.
 * (tsx cannot emit the decorator metadata Nest's injection needs, so dev runs compiled code.)
 */
async function main(): Promise<void> {
  const config = parseEnv(process.env);
  const app = await createApp(config);
  const worker = await createWorker(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void Promise.all([app.close(), worker.close()]).finally(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error);
  process.exit(1);
});
