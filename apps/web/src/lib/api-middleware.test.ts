import { CSRF_HEADER, PROBLEM_TYPES } from '@kopa/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, unwrap } from './api-client';
import { createUrlFetcher } from './api-fetch';
import { apiMiddleware, resetCsrfToken, setApiLanguageSource } from './api-middleware';
import { ApiProblem, CLIENT_PROBLEM_TYPES } from './api-problem';

function json(body: unknown, status = 200, type = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

function problem(type: string, status: number, errors?: unknown[]) {
  return json({ type, title: 'Translated title', status, errors }, status, 'application/problem+json');
}

const fetchMock = vi.fn<(input: Request | string, init?: RequestInit) => Promise<Response>>();
const client = createApiClient('http://kopa.test');
const CALL_ID = '0b7a3c1e-5d2f-4e6a-9b8c-1d2e3f4a5b6c';

beforeEach(() => {
  resetCsrfToken();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
  setApiLanguageSource(() => 'en');
});
afterEach(() => vi.unstubAllGlobals());

/** What reached the network: the client sends Request objects, the token fetch a URL and init. */
function sent(call: number) {
  const [input, init] = fetchMock.mock.calls[call]!;
  const request = typeof input === 'string' ? new Request(new URL(input, 'http://kopa.test'), init) : input;
  return { url: new URL(request.url).pathname + new URL(request.url).search, method: request.method, headers: request.headers, credentials: init?.credentials ?? request.credentials, request };
}

describe('the API client middleware', () => {
  it('sends cookies and the UI language, and resolves with the JSON body', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [], total: 0 }));
    await expect(unwrap(client.GET('/api/public/calls'))).resolves.toEqual({ items: [], total: 0 });
    const request = sent(0);
    expect(request).toMatchObject({ url: '/api/public/calls', method: 'GET', credentials: 'include' });
    expect(request.headers.get('Accept-Language')).toBe('en');
    expect(request.headers.get('Accept')).toBe('application/json, application/problem+json');
    expect(request.headers.get(CSRF_HEADER)).toBeNull();
  });

  it('puts path and query parameters into the URL', async () => {
    fetchMock.mockResolvedValueOnce(json({ items: [], total: 0, page: 2, pageSize: 12 }));
    await unwrap(client.GET('/api/events', { params: { query: { page: 2, pageSize: 12, type: 'workshop' } } }));
    fetchMock.mockResolvedValueOnce(json({}));
    await unwrap(client.GET('/api/public/calls/{id}', { params: { path: { id: 'a b/c' } } }));
    expect(sent(0).url).toBe('/api/events?page=2&pageSize=12&type=workshop');
    expect(sent(1).url).toBe('/api/public/calls/a%20b%2Fc');
  });

  it('fetches the CSRF token once and sends it on every write, JSON only with a body', async () => {
    fetchMock
      .mockResolvedValueOnce(json({ token: 'tok-1' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(json({ id: 'x' }, 201));

    await expect(unwrap(client.POST('/api/auth/logout'))).resolves.toBeUndefined();
    await unwrap(client.POST('/api/calls/{id}/clone', { params: { path: { id: CALL_ID } } }));

    expect(fetchMock.mock.calls.map((_, index) => sent(index).url)).toEqual(['/api/auth/csrf', '/api/auth/logout', `/api/calls/${CALL_ID}/clone`]);
    expect(sent(0).headers.get('Accept-Language')).toBe('en');
    expect(sent(0).credentials).toBe('include');
    expect(sent(1).headers.get(CSRF_HEADER)).toBe('tok-1');
    expect(sent(1).headers.get('Content-Type')).toBeNull(); // no body, no JSON claim
    expect(sent(2).headers.get(CSRF_HEADER)).toBe('tok-1');

    fetchMock.mockResolvedValueOnce(json({ id: 'y' }, 201));
    await unwrap(client.POST('/api/auth/reauthenticate', { body: { password: 'secret' } }));
    expect(sent(3).headers.get('Content-Type')).toBe('application/json');
    await expect(sent(3).request.text()).resolves.toBe('{"password":"secret"}');
  });

  it('refetches the token and repeats the write once, body included, when the server rejects the token', async () => {
    fetchMock
      .mockResolvedValueOnce(json({ token: 'old' }))
      .mockResolvedValueOnce(problem(PROBLEM_TYPES.csrf, 403))
      .mockResolvedValueOnce(json({ token: 'new' }))
      .mockResolvedValueOnce(json({ ok: true }));

    await expect(unwrap(client.POST('/api/auth/reauthenticate', { body: { password: 'secret' } }))).resolves.toEqual({ ok: true });
    expect(sent(1).headers.get(CSRF_HEADER)).toBe('old');
    expect(sent(2).url).toBe('/api/auth/csrf');
    expect(sent(3)).toMatchObject({ url: '/api/auth/reauthenticate', method: 'POST' });
    expect(sent(3).headers.get(CSRF_HEADER)).toBe('new');
    await expect(sent(3).request.text()).resolves.toBe('{"password":"secret"}');

    // The fresh token is kept for later writes.
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));
    await unwrap(client.POST('/api/auth/logout'));
    expect(sent(4).headers.get(CSRF_HEADER)).toBe('new');
  });

  it('does not retry a second CSRF rejection forever', async () => {
    fetchMock
      .mockResolvedValueOnce(json({ token: 'a' }))
      .mockResolvedValueOnce(problem(PROBLEM_TYPES.csrf, 403))
      .mockResolvedValueOnce(json({ token: 'b' }))
      .mockResolvedValueOnce(problem(PROBLEM_TYPES.csrf, 403));

    await expect(unwrap(client.POST('/api/auth/logout'))).rejects.toMatchObject({ type: PROBLEM_TYPES.csrf });
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it('does not cache a failed token fetch', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(unwrap(client.POST('/api/auth/logout'))).rejects.toMatchObject({ type: CLIENT_PROBLEM_TYPES.network });
    fetchMock.mockResolvedValueOnce(json({ token: 't' })).mockResolvedValueOnce(new Response(null, { status: 204 }));
    await unwrap(client.POST('/api/auth/logout'));
    expect(sent(2).headers.get(CSRF_HEADER)).toBe('t');
  });

  it('does not repeat a write refused for another reason', async () => {
    fetchMock.mockResolvedValueOnce(json({ token: 't' })).mockResolvedValueOnce(problem(PROBLEM_TYPES.forbidden, 403));
    await expect(unwrap(client.POST('/api/auth/logout'))).rejects.toMatchObject({ type: PROBLEM_TYPES.forbidden, status: 403 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('turns problem+json into an ApiProblem with field errors', async () => {
    const errors = [{ path: 'title.lv', code: 'too_small', message: 'x' }];
    fetchMock.mockResolvedValueOnce(problem(PROBLEM_TYPES.validation, 400, errors));
    const failure = await unwrap(client.GET('/api/public/calls')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect(failure).toMatchObject({ type: PROBLEM_TYPES.validation, title: 'Translated title', status: 400, errors });
  });

  it('describes a non-JSON failure and a network failure', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    await expect(unwrap(client.GET('/api/public/calls'))).rejects.toMatchObject({ type: PROBLEM_TYPES.internal, status: 502 });

    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const failure = await unwrap(client.GET('/api/public/calls')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiProblem);
    expect(failure).toMatchObject({ type: CLIENT_PROBLEM_TYPES.network, status: 0 });
  });

  it('passes the AbortSignal on and leaves an abort an AbortError', async () => {
    const controller = new AbortController();
    fetchMock.mockImplementationOnce((input) => {
      const request = input as Request;
      // As fetch does: rejects with the signal's reason, at once when it is already aborted.
      return new Promise((_, reject) => {
        if (request.signal.aborted) reject(request.signal.reason);
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    });
    const pending = unwrap(client.GET('/api/public/calls', { signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(pending).rejects.not.toBeInstanceOf(ApiProblem);
  });
  it('calls a whole address built by the web (path and query) through the same middleware', async () => {
    const fetchUrl = createUrlFetcher('http://kopa.test', apiMiddleware);
    fetchMock
      .mockResolvedValueOnce(json({ token: 'tok-1' }))
      .mockResolvedValueOnce(json({ id: 'e1', status: 'queued' }, 202))
      .mockResolvedValueOnce(problem(PROBLEM_TYPES.rateLimited, 429));
    const url = `/api/calls/${CALL_ID}/projects/export?format=csv&status=active`;

    await expect(unwrap(fetchUrl('POST', url))).resolves.toEqual({ id: 'e1', status: 'queued' });
    expect(sent(1)).toMatchObject({ url, method: 'POST', credentials: 'include' });
    expect(sent(1).headers.get(CSRF_HEADER)).toBe('tok-1');
    expect(sent(1).headers.get('Accept-Language')).toBe('en');
    await expect(unwrap(fetchUrl('POST', url))).rejects.toMatchObject({ type: PROBLEM_TYPES.rateLimited, status: 429 });
  });
});
