import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveController, type AutosaveOptions, type SaveStatus } from './autosave-controller';
import { storageKeyFor, type SaveRequest, type SaveResponse, type ServerAnswers } from './draft-state';

const server: ServerAnswers = { answers: { title: 'Old', summary: 'Sum' }, fieldVersions: { title: 2, summary: 1 } };

/** Accepts every change and bumps its field version, as the API does when nobody else edited. */
function acceptingServer() {
  let state = structuredClone(server);
  return vi.fn(async (request: SaveRequest): Promise<SaveResponse> => {
    const answers = { ...state.answers, ...request.changes };
    const fieldVersions = { ...state.fieldVersions };
    for (const id of Object.keys(request.changes)) fieldVersions[id] = (fieldVersions[id] ?? 0) + 1;
    state = { answers, fieldVersions };
    return { server: structuredClone(state), conflicts: [] };
  });
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: vi.fn((key: string) => items.get(key) ?? null),
    setItem: vi.fn((key: string, value: string) => void items.set(key, value)),
    removeItem: vi.fn((key: string) => void items.delete(key)),
  };
}

function controllerWith(options: Partial<AutosaveOptions> = {}) {
  const save = options.save ?? acceptingServer();
  const controller = new AutosaveController({ applicationId: 'a1', server, save, editable: () => true, storage: null, ...options });
  const statuses: SaveStatus[] = [controller.getSnapshot().status];
  controller.subscribe(() => {
    const status = controller.getSnapshot().status;
    if (statuses[statuses.length - 1] !== status) statuses.push(status);
  });
  return { controller, save, statuses };
}

const failure = (status?: number) => Object.assign(new Error('failed'), status === undefined ? {} : { status });

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('AutosaveController status', () => {
  it('goes idle → pending → saving → saved, telling every subscriber, and records when it saved', async () => {
    const savedAt = new Date('2027-03-01T10:00:00Z');
    const { controller, statuses } = controllerWith({ now: () => savedAt });
    expect(controller.getSnapshot()).toMatchObject({ status: 'idle', savedAt: null, error: null, restored: [] });
    controller.edit('title', 'New');
    await vi.advanceTimersByTimeAsync(800);
    expect(statuses).toEqual(['idle', 'pending', 'saving', 'saved']);
    expect(controller.getSnapshot().savedAt).toBe(savedAt);
  });

  it('stops telling a listener once it unsubscribes', async () => {
    const { controller } = controllerWith();
    const listener = vi.fn();
    const unsubscribe = controller.subscribe(listener);
    controller.edit('title', 'A');
    expect(listener).toHaveBeenCalled();
    listener.mockClear();
    unsubscribe();
    controller.edit('title', 'AB');
    await vi.advanceTimersByTimeAsync(800);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stays "saving" while typing during a save, then saves what was typed meanwhile', async () => {
    let release!: () => void;
    const accept = acceptingServer();
    const save = vi.fn((request: SaveRequest) => new Promise<SaveResponse>((resolve) => (release = () => resolve(accept(request)))));
    const { controller, statuses } = controllerWith({ save });
    controller.edit('title', 'A');
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().status).toBe('saving');
    controller.edit('title', 'AB');
    expect(controller.getSnapshot().status).toBe('saving');
    save.mockImplementation(accept);
    release();
    await vi.advanceTimersByTimeAsync(0);
    // The answer came back for "A": "AB" is still to send.
    expect(controller.getSnapshot().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(799);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]![0]).toEqual({ changes: { title: 'AB' }, baseFieldVersions: { title: 3 } });
    expect(statuses).toEqual(['idle', 'pending', 'saving', 'pending', 'saving', 'saved']);
  });

  it('stays "error" while the person keeps typing after a failure, until a save succeeds', async () => {
    const save = acceptingServer();
    save.mockRejectedValueOnce(failure(422));
    const { controller } = controllerWith({ save });
    controller.edit('title', 'A');
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().status).toBe('error');
    controller.edit('title', 'AB');
    expect(controller.getSnapshot().status).toBe('error');
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().status).toBe('saved');
    expect(save).toHaveBeenLastCalledWith({ changes: { title: 'AB' }, baseFieldVersions: { title: 2 } });
  });
});

describe('AutosaveController retries', () => {
  it('retries a failing save after 2, 5 and 15 seconds, then waits for the person', async () => {
    const save = vi.fn(async (): Promise<SaveResponse> => {
      throw failure(503);
    });
    const { controller } = controllerWith({ save });
    controller.edit('title', 'A');
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(save).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(save).toHaveBeenCalledTimes(4);
    expect(controller.getSnapshot()).toMatchObject({ status: 'error', error: failure(503) });
    // Retry starts the automatic retries over.
    await controller.retry();
    expect(save).toHaveBeenCalledTimes(5);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(save).toHaveBeenCalledTimes(6);
  });

  it.each([
    ['a dropped connection (status 0)', failure(0), true],
    ['an error without a status', failure(), true],
    ['a rejection without an error', null, true],
    ['too many requests (429)', failure(429), true],
    ['a server error (500)', failure(500), true],
    ['a bad gateway (502)', failure(502), true],
    ['a refused answer (400)', failure(400), false],
    ['a conflict (409)', failure(409), false],
    ['invalid content (422)', failure(422), false],
    ['a client error just below 500 (499)', failure(499), false],
  ])('retries by itself after %s: %s', async (_name, error, retried) => {
    const save = acceptingServer();
    save.mockRejectedValueOnce(error);
    const { controller } = controllerWith({ save, retryDelaysMs: [1_000] });
    controller.edit('title', 'A');
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().status).toBe('error');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(save).toHaveBeenCalledTimes(retried ? 2 : 1);
    expect(controller.getSnapshot().status).toBe(retried ? 'saved' : 'error');
  });
});

describe('AutosaveController flush', () => {
  it('does not call the server when nothing changed', async () => {
    const { controller, save } = controllerWith();
    await controller.flush();
    expect(save).not.toHaveBeenCalled();
    expect(controller.getSnapshot().status).toBe('idle');
  });

  it('saves at once, and stops at the first failure instead of hammering the server', async () => {
    const save = vi.fn(async (): Promise<SaveResponse> => {
      throw failure(500);
    });
    const { controller } = controllerWith({ save, retryDelaysMs: [] });
    controller.edit('title', 'A');
    await controller.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot().status).toBe('error');
    // The debounced save was replaced by the flush.
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('waits for a save in flight, then sends what was typed meanwhile', async () => {
    let release!: () => void;
    const accept = acceptingServer();
    const save = vi.fn((request: SaveRequest) => new Promise<SaveResponse>((resolve) => (release = () => resolve(accept(request)))));
    const { controller } = controllerWith({ save });
    controller.edit('title', 'A');
    await vi.advanceTimersByTimeAsync(800);
    controller.edit('title', 'AB');
    save.mockImplementation(accept);
    const flushed = controller.flush();
    release();
    await flushed;
    expect(save.mock.calls.map(([request]) => request.changes)).toEqual([{ title: 'A' }, { title: 'AB' }]);
    expect(controller.hasUnsaved()).toBe(false);
  });
});

describe('AutosaveController storage and lifetime', () => {
  it('follows a fresh read of the application in the fields nobody here is editing (draft refresh)', () => {
    const { controller } = controllerWith();
    controller.edit('title', 'Mine');
    controller.receiveServer({ answers: { title: 'Theirs', summary: 'New summary', budget: [] }, fieldVersions: { title: 3, summary: 2, budget: 1 } });
    expect(controller.getSnapshot().draft.local).toEqual({ title: 'Mine', summary: 'New summary', budget: [] });
    expect(controller.getSnapshot().draft.server.fieldVersions).toEqual({ title: 3, summary: 2, budget: 1 });
  });

  it('keeps unsaved edits under the application’s key and forgets them when asked', async () => {
    const storage = memoryStorage();
    const save = vi.fn(() => new Promise<SaveResponse>(() => undefined));
    const { controller } = controllerWith({ storage, save, now: () => new Date('2027-03-01T10:00:00Z') });
    controller.edit('title', 'Unsaved');
    expect(JSON.parse(storage.items.get('kopa:application-draft:a1')!)).toEqual({
      savedAt: '2027-03-01T10:00:00.000Z',
      changes: { title: { value: 'Unsaved', base: 2 } },
    });
    controller.clearStorage();
    expect(storage.items.size).toBe(0);
    expect(storage.removeItem).toHaveBeenCalledWith(storageKeyFor('a1'));
  });

  it('uses the browser’s localStorage when none is given', () => {
    const storage = memoryStorage();
    vi.stubGlobal('window', { localStorage: storage });
    const controller = new AutosaveController({ applicationId: 'a9', server, save: acceptingServer(), editable: () => true });
    controller.edit('title', 'Kept');
    expect(JSON.parse(storage.items.get(storageKeyFor('a9'))!).changes).toEqual({ title: { value: 'Kept', base: 2 } });
  });

  it('keeps working when storage cannot be read or written', async () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    const { controller, save } = controllerWith({ storage: broken });
    controller.edit('title', 'Still here');
    await vi.advanceTimersByTimeAsync(800);
    expect(save).toHaveBeenCalledTimes(1);
    expect(controller.getSnapshot().status).toBe('saved');
  });

  it('sends nothing more once disposed (the page was left)', async () => {
    const { controller, save } = controllerWith();
    controller.edit('title', 'A');
    controller.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    controller.edit('title', 'AB');
    await vi.advanceTimersByTimeAsync(10_000);
    await controller.flush();
    expect(save).not.toHaveBeenCalled();
  });
});
