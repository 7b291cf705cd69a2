import { CSRF_HEADER, PROBLEM_TYPES } from '@kopa/shared';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../lib/api-problem';
import { precheckFile, progressOf, uploadAttachment, uploadErrorKey, uploadPathFor, type UploadProgress } from './upload';

/** Just enough of XMLHttpRequest to drive the helper. */
class FakeXhr {
  static made: FakeXhr[] = [];
  static responses: { status: number; body: unknown; statusText?: string }[] = [];
  static lengthComputable = true;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  withCredentials = false;
  status = 0;
  statusText = '';
  responseText = '';
  body: unknown;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.made.push(this);
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  abort() {
    this.onabort?.();
  }
  send(body: unknown) {
    this.body = body;
    const response = FakeXhr.responses.shift();
    // No response queued: the request hangs until aborted.
    if (!response) return;
    queueMicrotask(() => {
      this.upload.onprogress?.({ lengthComputable: FakeXhr.lengthComputable, loaded: 50, total: 100 });
      if (response.status === 0) {
        this.onerror?.();
        return;
      }
      this.status = response.status;
      this.statusText = response.statusText ?? '';
      this.responseText = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      this.onload?.();
    });
  }
}

function run(
  responses: { status: number; body: unknown; statusText?: string }[],
  onProgress?: (p: UploadProgress) => void,
  extra: { fileName?: string; signal?: AbortSignal; lengthComputable?: boolean } = { fileName: 'plan.pdf' },
) {
  FakeXhr.made = [];
  FakeXhr.responses = responses;
  FakeXhr.lengthComputable = extra.lengthComputable ?? true;
  const csrfToken = vi.fn(async (refresh: boolean) => (refresh ? 'fresh' : 'cached'));
  const promise = uploadAttachment({
    applicationId: 'app 1',
    questionId: 'annex',
    file: new Blob(['%PDF-1.4'], { type: 'application/pdf' }),
    fileName: extra.fileName,
    signal: extra.signal,
    csrfToken,
    language: 'lv',
    onProgress,
    createRequest: () => new FakeXhr() as unknown as XMLHttpRequest,
  });
  return { promise, csrfToken };
}

describe('uploadAttachment', () => {
  it('posts multipart with the CSRF header and reports progress', async () => {
    const progress: number[] = [];
    const attachment = { id: 'f1', fileName: 'plan.pdf', sizeBytes: 8, mimeType: 'application/pdf' };
    const { promise } = run([{ status: 201, body: attachment }], (p) => progress.push(p.percent));
    await expect(promise).resolves.toEqual(attachment);
    const xhr = FakeXhr.made[0];
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(uploadPathFor('app 1', 'annex'));
    expect(xhr.url).toBe('/api/applications/app%201/attachments?questionId=annex');
    expect(xhr.headers[CSRF_HEADER]).toBe('cached');
    expect(xhr.withCredentials).toBe(true);
    expect(xhr.headers).toEqual({
      [CSRF_HEADER]: 'cached',
      Accept: 'application/json, application/problem+json',
      'Accept-Language': 'lv',
    });
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(Blob);
    expect(((xhr.body as FormData).get('file') as File).name).toBe('plan.pdf');
    expect(progress).toEqual([50, 100]);
  });

  it('retries once with a fresh token when the CSRF token is refused', async () => {
    const { promise, csrfToken } = run([
      { status: 403, body: { type: PROBLEM_TYPES.csrf, title: 'csrf', status: 403 } },
      { status: 201, body: { id: 'f1' } },
    ]);
    await expect(promise).resolves.toEqual({ id: 'f1' });
    expect(csrfToken).toHaveBeenLastCalledWith(true);
    expect(FakeXhr.made[1].headers[CSRF_HEADER]).toBe('fresh');
  });

  it('turns 413 and 415 into problems with their own messages', async () => {
    const tooLarge = run([{ status: 413, body: { type: '/problems/payload-too-large', title: 'x', status: 413 } }]);
    const error = await tooLarge.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(uploadErrorKey(error)).toBe('tooLarge');
    const wrongType = run([{ status: 415, body: 'not json' }]);
    expect(uploadErrorKey(await wrongType.promise.catch((e: unknown) => e))).toBe('wrongType');
  });

  it('reports a dropped connection as a network problem', async () => {
    const { promise } = run([{ status: 0, body: null }]);
    expect(uploadErrorKey(await promise.catch((e: unknown) => e))).toBe('network');
  });
});

describe('precheckFile and progress', () => {
  const limits = { maxBytes: 1000, accept: ['application/pdf'] };
  it('refuses what is too large or of a listed-out type before sending', () => {
    expect(precheckFile({ size: 1001, type: 'application/pdf' }, limits)).toBe('tooLarge');
    expect(precheckFile({ size: 10, type: 'image/gif' }, limits)).toBe('wrongType');
    expect(precheckFile({ size: 10, type: '' }, limits)).toBeNull();
    expect(precheckFile({ size: 1000, type: 'application/pdf' }, limits)).toBeNull();
  });
  it('computes whole percentages', () => {
    expect(progressOf(1, 3).percent).toBe(33);
    expect(progressOf(0, 0).percent).toBe(0);
  });
});

/** The problem an upload was refused with. */
const failureOf = (upload: Promise<unknown>) =>
  upload.then(
    () => {
      throw new Error('expected the upload to be refused');
    },
    (error: unknown) => error as ApiProblem,
  );

describe('upload answers and failures', () => {
  it('accepts every 2xx answer and refuses 199 and 300', async () => {
    await expect(run([{ status: 200, body: { id: 'a' } }]).promise).resolves.toEqual({ id: 'a' });
    await expect(run([{ status: 299, body: { id: 'b' } }]).promise).resolves.toEqual({ id: 'b' });
    await expect(run([{ status: 300, body: null }]).promise).rejects.toBeInstanceOf(ApiProblem);
    await expect(run([{ status: 199, body: null }]).promise).rejects.toBeInstanceOf(ApiProblem);
  });

  it('reports only measurable progress, then 100 % when done', async () => {
    const progress: number[] = [];
    await run([{ status: 201, body: {} }], (p) => progress.push(p.percent), { lengthComputable: false }).promise;
    expect(progress).toEqual([100]);
  });

  it('sends a file without a name as it is', async () => {
    await run([{ status: 201, body: {} }], undefined, {}).promise;
    expect(((FakeXhr.made[0]!.body as FormData).get('file') as File).name).toBe('blob');
  });

  it('keeps the server’s problem, or makes one from the HTTP status when the body is not one', async () => {
    const problem = { type: '/problems/validation', title: 'Invalid', status: 400, detail: 'Too big', errors: [{ path: 'file', message: 'x' }] };
    const refused = await failureOf(run([{ status: 400, body: problem }]).promise);
    expect({ ...refused, message: refused.message }).toMatchObject({ type: '/problems/validation', title: 'Invalid', status: 400, detail: 'Too big', errors: problem.errors });
    const bare = await failureOf(run([{ status: 502, body: '<html>', statusText: 'Bad Gateway' }]).promise);
    expect({ type: bare.type, title: bare.title, status: bare.status, errors: bare.errors }).toEqual({ type: '/problems/http-502', title: 'Bad Gateway', status: 502, errors: [] });
    const silent = await failureOf(run([{ status: 500, body: '' }]).promise);
    expect(silent.title).toBe('HTTP 500');
  });

  it('stops when the person cancels, as a cancellation', async () => {
    const controller = new AbortController();
    FakeXhr.made = [];
    FakeXhr.responses = [];
    const pending = uploadAttachment({
      applicationId: 'a',
      questionId: 'q',
      file: new Blob(['x']),
      csrfToken: async () => 't',
      language: 'en',
      signal: controller.signal,
      createRequest: () => new FakeXhr() as unknown as XMLHttpRequest,
    });
    await vi.waitFor(() => expect(FakeXhr.made).toHaveLength(1));
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(uploadErrorKey(error)).toBe('cancelled');
  });

  it.each([
    [413, 'tooLarge'],
    [415, 'wrongType'],
    [0, 'network'],
    [409, 'refused'],
    [400, 'refused'],
    [403, 'failed'],
    [500, 'failed'],
  ])('explains a problem with status %i as "%s"', (status, key) => {
    expect(uploadErrorKey(new ApiProblem({ type: '/problems/x', title: 'x', status }))).toBe(key);
  });

  it('explains anything else as a failure, and only an abort as a cancellation', () => {
    expect(uploadErrorKey(new DOMException('Upload cancelled', 'AbortError'))).toBe('cancelled');
    expect(uploadErrorKey(new DOMException('x', 'NetworkError'))).toBe('failed');
    expect(uploadErrorKey(Object.assign(new Error('x'), { name: 'AbortError', status: 0 }))).toBe('failed');
    expect(uploadErrorKey(null)).toBe('failed');
  });
});

describe('precheckFile edges', () => {
  it('accepts any type when the question lists none', () => {
    expect(precheckFile({ size: 10, type: 'image/gif' }, { maxBytes: 1000, accept: [] })).toBeNull();
    expect(precheckFile({ size: 10, type: 'application/pdf' }, { maxBytes: 1000, accept: ['application/pdf'] })).toBeNull();
  });
});
