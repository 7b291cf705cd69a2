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
});
