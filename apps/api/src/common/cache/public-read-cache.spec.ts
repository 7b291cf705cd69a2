import { PublicReadCache } from './public-read-cache';

describe('PublicReadCache', () => {
  it('reads once for the requests that arrive together and while the answer is kept', async () => {
    const cache = new PublicReadCache<{ n: number }>(60_000);
    let loads = 0;
    const load = async () => ({ n: ++loads });
    const answers = await Promise.all([cache.read('a', load), cache.read('a', load), cache.read('a', load)]);
    expect(answers.map((answer) => answer?.n)).toEqual([1, 1, 1]);
    expect((await cache.read('a', load))?.n).toBe(1);
    expect((await cache.read('b', load))?.n).toBe(2);
  });

  it('reads again after clear(), and never keeps a miss', async () => {
    const cache = new PublicReadCache<{ n: number }>(60_000);
    let loads = 0;
    const found = async () => ({ n: ++loads });
    expect((await cache.read('a', found))?.n).toBe(1);
    cache.clear();
    expect((await cache.read('a', found))?.n).toBe(2);

    let misses = 0;
    const missing = async () => {
      misses++;
      return null;
    };
    expect(await cache.read('gone', missing)).toBeNull();
    expect(await cache.read('gone', missing)).toBeNull();
    expect(misses).toBe(2);
  });

  it('with a time of 0 reads on every call', async () => {
    const cache = new PublicReadCache<{ n: number }>(0);
    let loads = 0;
    const load = async () => ({ n: ++loads });
    await cache.read('a', load);
    await cache.read('a', load);
    expect(loads).toBe(2);
  });
});
