import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { LocalDiskStorage } from './local-disk.storage';
import { StorageLimitExceededError } from './storage.driver';

describe('LocalDiskStorage', () => {
  let dir: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kopa-storage-'));
    storage = new LocalDiskStorage(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const files = async () =>
    (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);

  it('stores, reads back and deletes content under a generated key', async () => {
    const content = Buffer.from('Ģimeņu dārzs');
    const stored = await storage.put(Readable.from([content]));
    expect(stored.key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(stored.size).toBe(content.length);
    expect(stored.sha256).toBe(createHash('sha256').update(content).digest('hex'));
    expect(await buffer(await storage.get(stored.key))).toEqual(content);
    await storage.delete(stored.key);
    await storage.delete(stored.key);
    await expect(storage.get(stored.key)).rejects.toThrow();
  });

  it('refuses content over the limit and leaves no partial file', async () => {
    const chunks = [Buffer.alloc(1000), Buffer.alloc(1000), Buffer.alloc(1000)];
    await expect(storage.put(Readable.from(chunks), { maxBytes: 2500 })).rejects.toBeInstanceOf(StorageLimitExceededError);
    expect(await files()).toEqual([]);
  });

  it('never turns a foreign key into a path', async () => {
    await expect(storage.get('../../etc/passwd')).rejects.toThrow('invalid storage key');
    await expect(storage.delete('2026/01/../../x')).rejects.toThrow('invalid storage key');
  });
});
