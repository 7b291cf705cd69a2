import { CSRF_HEADER, PROBLEM_TYPES } from '@kopa/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, CLIENT_PROBLEM_TYPES } from './api-problem';
import { apiRequest, resetCsrfToken, setApiLanguageSource } from './api';

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(type: string, status: number, errors?: unknown[]) {
  return json({ type, title: 'Translated title', status, errors }, status, 'application/problem+json');
}

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  resetCsrfToken();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  setApiLanguageSource(() => 'en');
});
afterEach(() => vi.unstubAllGlobals());

function requestHeaders(call: number): Record<string, string> {
  return fetchMock.mock.calls[call][1]?.headers as Record<string, string>;
}

describe('apiRequest', () => {
  it('sends cookies and the UI language, and reads JSON', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [] }));
    await expect(apiRequest('/api/public/calls')).resolves.toEqual({ items: [] });
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ method: 'GET', credentials: 'include' });
    expect(requestHeaders(0)['Accept-Language']).toBe('en');
    expect(requestHeaders(0)[CSRF_HEADER]).toBeUndefined();
  });

  it('fetches the CSRF token once and sends it on every write', async () => {
    fetchMock
      .mockResolvedValueOnce(json({ token: 'tok-1' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(json({ id: 'x' }, 201));

    await expect(apiRequest('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    await apiRequest('/api/calls', { method: 'POST', body: { code: 'DK' } });

    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/auth/csrf',
      '/api/auth/logout',
      '/api/calls',
    ]);
    expect(requestHeaders(1)[CSRF_HEADER]).toBe('tok-1');
    expect(requestHeaders(1)['Content-Type']).toBeUndefined(); // no body, no JSON claim
    expect(requestHeaders(2)[CSRF_HEADER]).toBe('tok-1');
    expect(requestHeaders(2)['Content-Type']).toBe('application/json');
    expect(fetchMock.mock.calls[2][1]?.body).toBe('{"code":"DK"}');
  });

  it('refetches the token and retries once when the server rejects it', async () => {
    fetchMock
      .mockResolvedValueOnce(json({ token: 'old' }))
      .mockResolvedValueOnce(problem(PROBLEM_TYPES.csrf, 403))
      .mockResolvedValueOnce(json({ token: 'new' }))
      .mockResolvedValueOnce(json({ ok: true }));

    await expect(apiRequest('/api/auth/login', { method: 'POST', body: {} })).resolves.toEqual({
      ok: true,
    });
    expect(requestHeaders(3)[CSRF_HEADER]).toBe('new');
  });

  it('does not retry a second CSRF rejection forever', async () => {
    fetchMock
      .mockResolvedValueOnce(json({ token: 'a' }))
      .mockResolvedValueOnce(problem(PROBLEM_TYPES.csrf, 403))
      .mockResolvedValueOnce(json({ token: 'b' }))
      .mockResolvedValueOnce(problem(PROBLEM_TYPES.csrf, 403));

    await expect(apiRequest('/api/auth/login', { method: 'POST', body: {} })).rejects.toMatchObject({
      type: PROBLEM_TYPES.csrf,
    });
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('turns problem+json into an ApiProblem with field errors', async () => {
    const errors = [{ path: 'title.lv', code: 'too_small', message: 'x' }];
    fetchMock.mockResolvedValueOnce(problem(PROBLEM_TYPES.validation, 400, errors));
    const failure = await apiRequest('/api/public/calls').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect(failure).toMatchObject({ type: PROBLEM_TYPES.validation, status: 400, errors });
  });

  it('describes a non-JSON failure and a network failure', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(apiRequest('/api/x')).rejects.toMatchObject({
      type: PROBLEM_TYPES.internal,
      status: 502,
    });

    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiRequest('/api/x')).rejects.toMatchObject({
      type: CLIENT_PROBLEM_TYPES.network,
      status: 0,
    });
  });
});
