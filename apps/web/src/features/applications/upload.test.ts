import { CSRF_HEADER, PROBLEM_TYPES } from '@kopa/shared';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../lib/api-problem';
import { precheckFile, progressOf, uploadAttachment, uploadErrorKey, uploadPathFor, type UploadProgress } from './upload';

/** Just enough of XMLHttpRequest to drive the helper. */
class FakeXhr {
  static made: FakeXhr[] = [];
  static responses: { status: number; body: unknown }[] = [];
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
    const response = FakeXhr.responses.shift()!;
    queueMicrotask(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      if (response.status === 0) {
        this.onerror?.();
        return;
      }
      this.status = response.status;
      this.responseText = JSON.stringify(response.body);
      this.onload?.();
    });
  }
}

function run(responses: { status: number; body: unknown }[], onProgress?: (p: UploadProgress) => void) {
  FakeXhr.made = [];
  FakeXhr.responses = responses;
  const csrfToken = vi.fn(async (refresh: boolean) => (refresh ? 'fresh' : 'cached'));
  const promise = uploadAttachment({
    applicationId: 'app 1',
    questionId: 'annex',
    file: new Blob(['%PDF-1.4'], { type: 'application/pdf' }),
    fileName: 'plan.pdf',
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
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(Blob);
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
