// A TCP proxy in front of PostgreSQL that counts round trips: every simple-protocol Query
// ('Q') and every extended-protocol Sync ('S') is one wait for the server's answer. The count
// does not depend on how busy the machine is, unlike requests/s, so it shows an N+1 or an
// extra query per request exactly. Run as its own process (`pnpm bench --round-trips`) so the
// copying does not take CPU from the load tool.
import { connect, createServer } from 'node:net';
import { createServer as createHttpServer } from 'node:http';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

/**
 * Counts the round trips in the stream a client sends. Before startup, messages have no type
 * byte (length, then a code); an SSL or GSS request is refused by the server with one byte,
 * then the real startup message follows.
 */
export function roundTripCounter(onRoundTrip) {
  let pending = Buffer.alloc(0);
  let starting = true;
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    let offset = 0;
    for (;;) {
      if (starting) {
        if (pending.length - offset < 8) break;
        const length = pending.readInt32BE(offset);
        if (pending.length - offset < length) break;
        const code = pending.readInt32BE(offset + 4);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) starting = false;
        offset += length;
        continue;
      }
      if (pending.length - offset < 5) break;
      const type = pending[offset];
      const length = pending.readInt32BE(offset + 1);
      if (pending.length - offset < length + 1) break;
      if (type === 0x51 /* Q */ || type === 0x53 /* S */) onRoundTrip();
      offset += length + 1;
    }
    pending = offset === pending.length ? Buffer.alloc(0) : pending.subarray(offset);
  };
}

/**
 * Listens on one port per name in `listeners` ({ api: 0, floor: 0 }: 0 picks a free port),
 * forwards to PostgreSQL at upstream {host, port}, and answers GET on `statsPort` with the
 * counts so far ({ api: n, floor: m }).
 */
export async function startProxy({ upstream, listeners, statsPort = 0 }) {
  const counts = Object.fromEntries(Object.keys(listeners).map((name) => [name, 0]));
  const ports = {};
  const servers = [];
  for (const [name, port] of Object.entries(listeners)) {
    const server = createServer((client) => {
      const server = connect(upstream.port, upstream.host);
      const count = roundTripCounter(() => counts[name]++);
      client.on('data', (chunk) => {
        count(chunk);
        if (!server.write(chunk)) client.pause();
      });
      server.on('drain', () => client.resume());
      server.pipe(client);
      const close = () => {
        client.destroy();
        server.destroy();
      };
      client.on('error', close).on('close', close);
      server.on('error', close).on('close', close);
    });
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    ports[name] = server.address().port;
    servers.push(server);
  }
  const stats = createHttpServer((_req, res) => res.end(JSON.stringify(counts)));
  await new Promise((resolve) => stats.listen(statsPort, '127.0.0.1', resolve));
  servers.push(stats);
  return { ports, statsPort: stats.address().port, counts, close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))) };
}

// As a process (started by the harness): PG_PROXY_UPSTREAM=host:port PG_PROXY_LISTENERS=api=5433,floor=5434
// PG_PROXY_STATS_PORT=5435 node pg-round-trips.mjs
if (process.env.PG_PROXY_UPSTREAM) {
  const [host, port] = process.env.PG_PROXY_UPSTREAM.split(':');
  const listeners = Object.fromEntries(process.env.PG_PROXY_LISTENERS.split(',').map((pair) => pair.split('=')).map(([name, p]) => [name, Number(p)]));
  startProxy({ upstream: { host, port: Number(port) }, listeners, statsPort: Number(process.env.PG_PROXY_STATS_PORT) }).then(({ ports, statsPort }) =>
    console.log(JSON.stringify({ ports, statsPort })),
  );
}
