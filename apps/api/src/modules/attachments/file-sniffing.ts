import type { Readable } from 'node:stream';
import { fileTypeFromStream } from 'file-type';

/**
 * Types that have no magic number: recognised only when the question accepts them, the
 * name has the matching extension and the content is plain UTF-8 text.
 */
const TEXT_TYPES: Record<string, string[]> = {
  'text/csv': ['.csv'],
  'text/plain': ['.txt'],
};

export type SniffResult = { accepted: true; mimeType: string } | { accepted: false; detected: string | null };

/** Decides the type from the content (never the browser's MIME type), then checks it is allowed. */
export async function sniffFileType(
  open: () => Promise<Readable>,
  fileName: string,
  allowed: readonly string[],
): Promise<SniffResult> {
  const stream = await open();
  let detected: string | null;
  try {
    detected = (await fileTypeFromStream(stream))?.mime ?? null;
  } finally {
    stream.destroy();
  }
  if (detected) return allowed.includes(detected) ? { accepted: true, mimeType: detected } : { accepted: false, detected };

  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  const textType = allowed.find((type) => TEXT_TYPES[type]?.includes(extension));
  if (textType && (await looksLikeText(await open()))) return { accepted: true, mimeType: textType };
  return { accepted: false, detected: null };
}

/** UTF-8 without NUL or other control characters (tabs and line breaks allowed), judged on the first 64 KiB. */
async function looksLikeText(stream: Readable): Promise<boolean> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= 64 * 1024) break;
    }
  } finally {
    stream.destroy();
  }
  const sample = Buffer.concat(chunks).subarray(0, 64 * 1024);
  if (sample.length === 0) return false;
  // The sample may end inside a multi-byte character: ignore an incomplete last sequence.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  const body = length >= 64 * 1024 ? text.replace(/\uFFFD+$/, '') : text;
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return !body.includes('\uFFFD') && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(body);
}
