import { spawnSync } from 'node:child_process';

/**
 * Removes this run's queue keys from the shared Redis. Best effort: without redis-cli
 * the keys stay (Redis here keeps nothing on disk, so a restart clears them anyway).
 */
export function deleteRedisKeys(redisUrl: string, prefix: string): void {
  const scan = spawnSync('redis-cli', ['-u', redisUrl, '--scan', '--pattern', `${prefix}:*`], { encoding: 'utf8' });
  if (scan.error || scan.status !== 0) return;
  const keys = scan.stdout.split('\n').filter(Boolean);
  for (let index = 0; index < keys.length; index += 500) {
    spawnSync('redis-cli', ['-u', redisUrl, 'DEL', ...keys.slice(index, index + 500)], { encoding: 'utf8' });
  }
}
