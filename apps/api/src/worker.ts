import 'reflect-metadata';
import { InvalidEnvironmentError, parseEnv } from './config/env.schema';
import { Logger } from 'nestjs-pino';
import { createWorker } from './worker.factory';

async function main(): Promise<void> {
  const config = parseEnv(process.env);
  const worker = await createWorker(config);
  const logger = worker.app.get(Logger);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.log(`${signal} received, finishing running jobs`, 'Worker');
      worker
        .close()
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          console.error('Kopa worker did not stop cleanly:', error);
          process.exit(1);
        });
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Kopa worker failed to start:', error);
  }
  process.exit(1);
});
