import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StorageLimitExceededError, type StorageDriver, type StoredObject } from './storage.driver';

const KEY_FORMAT = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

/**
 * Files in a local directory: `<root>/<yyyy>/<mm>/<uuid>`. Content is written to a
 * `.partial` file and renamed when complete, so a failed or oversized upload leaves nothing.
 */
export class LocalDiskStorage implements StorageDriver {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(content: Readable, options: { maxBytes?: number } = {}): Promise<StoredObject> {
    const now = new Date();
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}`;
    const path = this.pathOf(key);
    const partial = `${path}.partial`;
    await mkdir(dirname(path), { recursive: true });
    const meter = new MeterTransform(options.maxBytes);
    try {
      await pipeline(content, meter, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { key, size: meter.bytes, sha256: meter.hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    await stat(path); // a missing file rejects here, before any response is started
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /** Keys are ours (see put); anything else is refused rather than joined into a path. */
  private pathOf(key: string): string {
    if (!KEY_FORMAT.test(key)) throw new Error(`invalid storage key: ${key}`);
    const path = join(this.root, ...key.split('/'));
    if (!path.startsWith(this.root + sep)) throw new Error(`invalid storage key: ${key}`);
    return path;
  }
}

/** Counts and hashes bytes on their way through; fails the stream past the limit. */
class MeterTransform extends Transform {
  bytes = 0;
  readonly hash = createHash('sha256');

  constructor(private readonly maxBytes?: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.maxBytes !== undefined && this.bytes > this.maxBytes) {
      callback(new StorageLimitExceededError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }
}
