import { Redis } from 'ioredis';

/** Every test app queues under its own prefix; this leaves nothing of it in the shared Redis. */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await redis.connect();
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 500 })) {
      if ((keys as string[]).length > 0) await redis.unlink(...(keys as string[]));
    }
  } catch {
    // Redis already down (a test about outages): nothing to clean that we could reach.
  } finally {
    redis.disconnect();
  }
}
