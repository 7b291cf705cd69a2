import { CSRF_HEADER, PROBLEM_TYPES, type TProblem } from '@kopa/shared';
import { ApiProblem, networkProblem } from '../../lib/api-problem';

/** What the attachments API answers for one stored file (fields we rely on). */
export interface UploadedAttachment {
  id: string;
  questionId?: string | null;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  createdAt?: string;
}

export interface UploadProgress {
  loaded: number;
  total: number;
  /** 0–100, whole numbers. */
  percent: number;
}

export interface UploadOptions {
  applicationId: string;
  questionId: string;
  file: File | Blob;
  fileName?: string;
  csrfToken: (refresh: boolean) => Promise<string>;
  language: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Injected in tests. */
  createRequest?: () => XMLHttpRequest;
}

export const uploadPathFor = (applicationId: string, questionId: string) =>
  `/api/applications/${encodeURIComponent(applicationId)}/attachments?questionId=${encodeURIComponent(questionId)}`;

export function progressOf(loaded: number, total: number): UploadProgress {
  const percent = total > 0 ? Math.min(100, Math.floor((loaded * 100) / total)) : 0;
  return { loaded, total, percent };
}

/** Checks the browser can make before sending anything (the server sniffs the content too). */
export function precheckFile(
  file: { size: number; type: string },
  limits: { maxBytes: number; accept: readonly string[] },
): 'tooLarge' | 'wrongType' | null {
  if (file.size > limits.maxBytes) return 'tooLarge';
  // Browsers leave `type` empty for unknown extensions; the server decides then.
  if (file.type && limits.accept.length > 0 && !limits.accept.includes(file.type)) return 'wrongType';
  return null;
}

/** The translation key (under applications.upload.errors) for a failed upload. */
export function uploadErrorKey(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.status === 413) return 'tooLarge';
    if (error.status === 415) return 'wrongType';
    if (error.status === 0) return 'network';
    if (error.status === 409 || error.status === 400) return 'refused';
  }
  if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
  return 'failed';
}

/**
 * Uploads one file with XMLHttpRequest, because fetch cannot report upload progress.
 * Sends the same CSRF header as every other write and retries once with a fresh token.
 */
export async function uploadAttachment(options: UploadOptions): Promise<UploadedAttachment> {
  try {
    return await sendOnce(options, await options.csrfToken(false));
  } catch (error) {
    if (!(error instanceof ApiProblem) || !error.is(PROBLEM_TYPES.csrf)) throw error;
    return sendOnce(options, await options.csrfToken(true));
  }
}

function sendOnce(options: UploadOptions, csrf: string): Promise<UploadedAttachment> {
  return new Promise((resolve, reject) => {
    const xhr = options.createRequest ? options.createRequest() : new XMLHttpRequest();
    xhr.open('POST', uploadPathFor(options.applicationId, options.questionId));
    xhr.withCredentials = true;
    xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', options.language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(progressOf(event.loaded, event.total));
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        options.onProgress?.(progressOf(1, 1));
        resolve(body as UploadedAttachment);
        return;
      }
      reject(problemOf(xhr.status, xhr.statusText, body));
    };
    xhr.onerror = () => reject(networkProblem(new Error('upload failed')));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });

    const form = new FormData();
    if (options.fileName) form.append('file', options.file, options.fileName);
    else form.append('file', options.file);
    xhr.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function problemOf(status: number, statusText: string, body: unknown): ApiProblem {
  const problem = (body ?? {}) as Partial<TProblem>;
  return new ApiProblem({
    type: typeof problem.type === 'string' ? problem.type : `/problems/http-${status}`,
    title: typeof problem.title === 'string' ? problem.title : statusText || `HTTP ${status}`,
    status,
    detail: problem.detail,
    errors: Array.isArray(problem.errors) ? problem.errors : undefined,
  });
}
