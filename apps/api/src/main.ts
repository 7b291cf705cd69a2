import 'reflect-metadata';
import { createApp } from './app.factory';
import { InvalidEnvironmentError, parseEnv } from './config/env.schema';

async function main(): Promise<void> {
  const config = parseEnv(process.env);
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Kopa API failed to start:', error);
  }
  process.exit(1);
});
