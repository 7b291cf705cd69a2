// @vitest-environment jsdom
import { CSRF_HEADER, PROBLEM_TYPES } from '@kopa/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, resetCsrfToken } from './api';

const fetchMock = vi.fn<(input: Request | string, init?: RequestInit) => Promise<Response>>();

beforeEach(() => {
  resetCsrfToken();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

/** The former request function, kept for code not yet converted, goes through the typed client. */
describe('apiRequest', () => {
  it('sends a write with the CSRF token and its JSON body on the page origin, and reads the answer', async () => {
    fetchMock
      .mockResolvedValueOnce(new Response(JSON.stringify({ token: 'tok' }), { headers: { 'content-type': 'application/json' } }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ id: 'x' }), { status: 201, headers: { 'content-type': 'application/json' } }));
    await expect(apiRequest('/api/calls?draft=1', { method: 'POST', body: { code: 'DK' } })).resolves.toEqual({ id: 'x' });
    const request = fetchMock.mock.calls[1]![0] as Request;
    expect(request.url).toBe(`${window.location.origin}/api/calls?draft=1`);
    expect(request.headers.get(CSRF_HEADER)).toBe('tok');
    await expect(request.text()).resolves.toBe('{"code":"DK"}');
  });

  it('rejects with the ApiProblem', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ type: PROBLEM_TYPES.notFound, title: 'Not found', status: 404 }), { status: 404, headers: { 'content-type': 'application/problem+json' } }));
    await expect(apiRequest('/api/calls/x')).rejects.toMatchObject({ type: PROBLEM_TYPES.notFound, status: 404 });
  });
});
