import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../test/test-app';
import { createUser } from '../test/factories';
import { CONTENT_SECURITY_POLICY } from '../common/http/security-headers';

/** A web build like Vite's: the page loads one module script file, no inline script. */
function webDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kopa-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="lv"><head><script type="module" crossorigin src="/assets/index.js"></script></head><body><div id="root"></div></body></html>');
  return dir;
}

describe('Security headers', () => {
  describe('served over https', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await startTestApp({ APP_URL: 'https://kopa.example.lv', WEB_DIST_DIR: webDist() });
    });
    afterAll(() => ctx.close());

    it('sends CSP without inline scripts, no framing, nosniff, no referrer and HSTS on the web app', async () => {
      const page = await ctx.app.inject({ method: 'GET', url: '/calls' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
      expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      // The page itself needs no inline script to run under that policy.
      expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });

    it('marks private API answers no-store, and leaves public reads cacheable', async () => {
      const user = await createUser(ctx.prisma);
      const client = await ctx.client().signInAs(user.id);
      const me = await client.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.headers['cache-control']).toBe('no-store');
      const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/auth/session' });
      expect(anonymous.headers['cache-control']).toBe('no-store');
      const publicCalls = await ctx.app.inject({ method: 'GET', url: '/api/public/calls' });
      expect(publicCalls.statusCode).toBe(200);
      expect(publicCalls.headers['cache-control']).toBeUndefined();
    });

    it('answers a body over the limit with 413 "payload too large", not an internal error', async () => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        payload: JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(response.statusCode).toBe(413);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.parse(response.body)).toMatchObject({ type: PROBLEM_TYPES.payloadTooLarge, title: 'Payload too large', status: 413 });
    });
  });

  describe('served over plain http', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await startTestApp();
    });
    afterAll(() => ctx.close());

    it('sends no HSTS', async () => {
      const response = await ctx.app.inject({ method: 'GET', url: '/api/health/live' });
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });
  });
});
