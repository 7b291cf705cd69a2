import { describe, expect, it, vi } from 'vitest';
import { PROBLEM_TYPES, type TSaveReviewDraftRequest } from '@kopa/shared';
import { ApiProblem } from '../../lib/api-problem';
import { ReviewDraftSaver } from './review-draft-saver';

const draft = (comment: string) => ({ comment, scores: [] });

/** A fake server that applies the real rule: a save must name the current version. */
function fakeServer(start = 1) {
  let version = start;
  const bodies: TSaveReviewDraftRequest[] = [];
  return {
    bodies,
    bump: () => version++,
    send: async (body: TSaveReviewDraftRequest) => {
      bodies.push(body);
      if (body.version !== version) throw new ApiProblem({ type: PROBLEM_TYPES.staleVersion, title: 'stale', status: 409 });
      version++;
      return { version };
    },
  };
}

describe('ReviewDraftSaver', () => {
  it('saves the last draft after a pause, with the version of the previous answer', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const saver = new ReviewDraftSaver(1, server.send, 500);
    saver.change(draft('a'));
    saver.change(draft('ab'));
    expect(saver.getSnapshot().state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.bodies).toEqual([{ comment: 'ab', scores: [], version: 1 }]);
    saver.change(draft('abc'));
    await vi.advanceTimersByTimeAsync(500);
    expect(server.bodies[1]).toEqual({ comment: 'abc', scores: [], version: 2 });
    expect(saver.getSnapshot().state).toBe('saved');
    vi.useRealTimers();
  });

  it('flush saves at once and gives the version to submit with', async () => {
    const server = fakeServer(4);
    const saver = new ReviewDraftSaver(4, server.send, 10_000);
    saver.change(draft('x'));
    await expect(saver.flush()).resolves.toBe(5);
    await expect(saver.flush()).resolves.toBe(5);
    expect(server.bodies).toHaveLength(1);
  });

  it('stops at a stale version instead of overwriting another tab, and keeps later edits back', async () => {
    const server = fakeServer();
    server.bump(); // another tab saved
    const saver = new ReviewDraftSaver(1, server.send, 10_000);
    saver.change(draft('mine'));
    await expect(saver.flush()).rejects.toBeInstanceOf(ApiProblem);
    expect(saver.getSnapshot().state).toBe('stale');
    saver.change(draft('more'));
    await expect(saver.flush()).rejects.toThrow();
    expect(server.bodies).toHaveLength(1);
  });

  it('keeps a draft that failed for another reason and sends it next time', async () => {
    let fail = true;
    const bodies: TSaveReviewDraftRequest[] = [];
    const saver = new ReviewDraftSaver(1, async (body) => {
      bodies.push(body);
      if (fail) throw new Error('network');
      return { version: 2 };
    }, 10_000);
    saver.change(draft('keep me'));
    await expect(saver.flush()).rejects.toThrow('network');
    expect(saver.getSnapshot().state).toBe('error');
    fail = false;
    await expect(saver.flush()).resolves.toBe(2);
    expect(bodies.map((body) => body.comment)).toEqual(['keep me', 'keep me']);
  });

  it('starts idle and tells subscribers each change until they unsubscribe', async () => {
    const saver = new ReviewDraftSaver(1, fakeServer().send, 10_000);
    expect(saver.getSnapshot()).toEqual({ state: 'idle', error: null });
    const seen: string[] = [];
    const unsubscribe = saver.subscribe(() => seen.push(saver.getSnapshot().state));
    saver.change(draft('a'));
    await saver.flush();
    expect(seen).toEqual(['unsaved', 'saving', 'saved']);
    unsubscribe();
    saver.change(draft('b'));
    expect(seen).toHaveLength(3);
    saver.dispose();
  });

  it('stays "saving" while the reviewer types during a save, then saves the newer text', async () => {
    const server = fakeServer();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const saver = new ReviewDraftSaver(1, async (body) => {
      await gate;
      return server.send(body);
    }, 10_000);
    saver.change(draft('first'));
    const first = saver.flush();
    saver.change(draft('second'));
    expect(saver.getSnapshot().state).toBe('saving');
    const second = saver.flush();
    release();
    await expect(first).resolves.toBe(2);
    await expect(second).resolves.toBe(3);
    expect(server.bodies).toEqual([
      { comment: 'first', scores: [], version: 1 },
      { comment: 'second', scores: [], version: 2 },
    ]);
    expect(saver.getSnapshot().state).toBe('saved');
  });

  it('after a failed save, sends the newest text, not the one that failed', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const bodies: TSaveReviewDraftRequest[] = [];
    let calls = 0;
    const saver = new ReviewDraftSaver(1, async (body) => {
      bodies.push(body);
      calls += 1;
      if (calls === 1) {
        await gate;
        throw new Error('network');
      }
      return { version: 2 };
    }, 10_000);
    saver.change(draft('old'));
    const failed = saver.flush();
    saver.change(draft('newer'));
    release();
    await expect(failed).rejects.toThrow('network');
    // A flush waiting on the failed save goes on and sends what is pending.
    await expect(saver.flush()).resolves.toBe(2);
    expect(bodies.map((body) => body.comment)).toEqual(['old', 'newer']);
  });

  it('refuses to flush once another tab has won, saying why', async () => {
    const server = fakeServer();
    server.bump();
    const saver = new ReviewDraftSaver(1, server.send, 10_000);
    saver.change(draft('mine'));
    await saver.flush().catch(() => undefined);
    await expect(saver.flush()).rejects.toThrow('stale');
  });

  it('saves nothing after it is disposed', async () => {
    vi.useFakeTimers();
    const server = fakeServer();
    const saver = new ReviewDraftSaver(1, server.send, 500);
    saver.change(draft('a'));
    saver.dispose();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.bodies).toEqual([]);
    vi.useRealTimers();
  });
});

