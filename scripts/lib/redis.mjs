import { connect } from 'node:net';

export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

export const REDIS_HELP = `Kopa needs Redis (for its background jobs), and none answered at 127.0.0.1:6379.
Start one, then run pnpm start again:
  - Debian/Ubuntu:  sudo apt-get install -y redis-server
                    redis-server --daemonize yes --bind 127.0.0.1 --port 6379
  - macOS:          brew install redis && brew services start redis
  - Docker:         docker run -d -p 6379:6379 redis:7
Or point Kopa at an existing one:  REDIS_URL=redis://host:6379 pnpm start`;

/** REDIS_URL if set; else the local Redis if it answers PING; else null. */
export async function resolveRedisUrl(env) {
  if (env.REDIS_URL) return { url: env.REDIS_URL, source: 'REDIS_URL' };
  if (await answersPing('127.0.0.1', 6379)) return { url: LOCAL_REDIS_URL, source: 'local Redis at 127.0.0.1:6379' };
  return null;
}

/** Speaks just enough RESP to see whether a Redis server is there and lets us in. */
export function answersPing(host, port, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let reply = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('close', () => done(false)); // closed without a reply: not Redis
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}
