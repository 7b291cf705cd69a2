import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from './test/test-app';

describe('The HTTP application', () => {
  let ctx: TestContext;
  const webDist = mkdtempSync(join(tmpdir(), 'kopa-web-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Kopa</title>');

  beforeAll(async () => {
    ctx = await startTestApp({ WEB_DIST_DIR: webDist });
  });
  afterAll(() => ctx.close());

  it('reports liveness and readiness of PostgreSQL and Redis', async () => {
    expect((await ctx.client().get('/api/health/live')).body).toEqual({ status: 'ok' });
    const ready = await ctx.client().get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ postgres: 'ok', redis: 'ok' });
  });

  it('gives every response a request id, reusing a sane one from the caller', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health/live', headers: { 'x-request-id': 'req-12345678' } });
    expect(response.headers['x-request-id']).toBe('req-12345678');
    const generated = await ctx.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the web app for client-side routes and a translated problem for unknown API paths', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/calls/some-call' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Kopa</title>');

    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': 'en' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ type: PROBLEM_TYPES.notFound, title: 'Not found' });
  });

  it('answers malformed JSON with a problem, in Latvian by default', async () => {
    const client = ctx.client();
    await client.get('/api/auth/csrf');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/calls',
      headers: { 'content-type': 'application/json' },
      payload: '{"code": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ type: PROBLEM_TYPES.validation, title: 'Dati nav derīgi' });
    expect(response.body).not.toContain('    at ');
  });

  it('serves the OpenAPI document and its browsable UI', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/docs-json' })).json().openapi).toMatch(/^3\./);
    const ui = await ctx.app.inject({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});
