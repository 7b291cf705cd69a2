import type { Readable } from 'node:stream';
import { RESOURCE_CENTRE_PHOTO_WIDTH } from '@kopa/shared';

/** Decoding bombs stop here: a photo of more pixels than this is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;

export class PhotoTooLargeError extends Error {}
export class NotAnImageError extends Error {}

/** Reads at most maxBytes of the upload; more is an error, not a silent cut. */
export async function readLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new PhotoTooLargeError(`photo exceeds ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The stored version of an uploaded photo: turned upright by its EXIF orientation, at most
 * RESOURCE_CENTRE_PHOTO_WIDTH × 2/3 of it, JPEG, without metadata (no camera GPS position).
 */
export async function resizePhoto(input: Buffer): Promise<Buffer> {
  // sharp and libvips (≈30 MB resident) are loaded with the first photo, not with the API.
  const { default: sharp } = await import('sharp');
  try {
    return await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: RESOURCE_CENTRE_PHOTO_WIDTH, height: Math.round((RESOURCE_CENTRE_PHOTO_WIDTH * 2) / 3), fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch (error) {
    throw new NotAnImageError(error instanceof Error ? error.message : String(error));
  }
}
