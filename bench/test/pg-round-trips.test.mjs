// The round-trip counter of `pnpm bench --round-trips`: one count per Query or Sync, however
// the client's stream is cut into chunks, and none for the startup, SSL request or other messages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { ADMIN_URL } from '../lib/database.mjs';
import { roundTripCounter, startProxy } from '../lib/pg-round-trips.mjs';

const message = (type, body = Buffer.alloc(0)) => {
  const header = Buffer.alloc(5);
  header[0] = type.charCodeAt(0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
};
const startup = (code) => {
  const buffer = Buffer.alloc(8);
  buffer.writeInt32BE(8, 0);
  buffer.writeInt32BE(code, 4);
  return buffer;
};

test('counts each Query and Sync once, whatever the chunks', () => {
  const stream = Buffer.concat([
    startup(80877103), // SSL request, refused, then the startup message
    startup(196608),
    message('p', Buffer.from('secret\0')),
    message('Q', Buffer.from('BEGIN\0')),
    message('P', Buffer.from('\0SELECT 1\0\0\0')),
    message('B', Buffer.alloc(10)),
    message('E', Buffer.alloc(5)),
    message('S'),
    message('Q', Buffer.from('COMMIT\0')),
  ]);
  for (const size of [1, 3, 7, stream.length]) {
    let trips = 0;
    const count = roundTripCounter(() => trips++);
    for (let i = 0; i < stream.length; i += size) count(stream.subarray(i, i + size));
    assert.equal(trips, 3, `chunks of ${size} bytes`);
  }
});

test('counts the round trips of a real client through the proxy', async () => {
  const upstream = new URL(ADMIN_URL);
  const proxy = await startProxy({ upstream: { host: upstream.hostname, port: Number(upstream.port || 5432) }, listeners: { api: 0 } });
  try {
    const client = new pg.Client({ connectionString: Object.assign(new URL(upstream), { host: `127.0.0.1:${proxy.ports.api}` }).toString() });
    await client.connect();
    const before = proxy.counts.api;
    await client.query('SELECT 1');
    await client.query('SELECT $1::int AS n', [2]);
    const { rows } = await client.query('SELECT $1::text AS t', ['x']);
    await client.end();
    assert.equal(rows[0].t, 'x');
    assert.equal(proxy.counts.api - before, 3);
  } finally {
    await proxy.close();
  }
});
