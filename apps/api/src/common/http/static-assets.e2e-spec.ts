import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestContext } from '../../test/test-app';

/** The web app's files as the build leaves them: hashed assets with .br and .gz beside them. */
function builtWebApp(): string {
  const dist = mkdtempSync(join(tmpdir(), 'kopa-web-'));
  mkdirSync(join(dist, 'assets'));
  const html = '<!doctype html><title>Kopa</title><script src="/assets/index-BdX4k9Qa.js"></script>';
  const js = `console.log(${JSON.stringify('Kopa '.repeat(500))});`;
  for (const [file, text] of [['index.html', html], ['assets/index-BdX4k9Qa.js', js]] as const) {
    writeFileSync(join(dist, file), text);
    writeFileSync(join(dist, `${file}.br`), brotliCompressSync(text));
    writeFileSync(join(dist, `${file}.gz`), gzipSync(text));
  }
  return dist;
}

describe('Serving the built web app', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await startTestApp({ WEB_DIST_DIR: builtWebApp() });
  });
  afterAll(() => ctx.close());

  const get = (url: string, acceptEncoding?: string) =>
    ctx.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends the brotli or gzip file the build made, by Accept-Encoding, and says it varies by it', async () => {
    const brotli = await get('/assets/index-BdX4k9Qa.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(brotli.rawPayload.length).toBeLessThan(200);

    const gzip = await get('/assets/index-BdX4k9Qa.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');

    const plain = await get('/assets/index-BdX4k9Qa.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('Kopa Kopa');
    expect(plain.headers.vary).toContain('accept-encoding');
  });

  it('lets browsers keep content-hashed files for a year and revalidate index.html', async () => {
    expect((await get('/assets/index-BdX4k9Qa.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await get('/', 'br');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.headers['content-encoding']).toBe('br');
    const clientRoute = await get('/calls/some-call', 'gzip');
    expect(clientRoute.statusCode).toBe(200);
    expect(clientRoute.headers['cache-control']).toBe('no-cache');
  });
});
