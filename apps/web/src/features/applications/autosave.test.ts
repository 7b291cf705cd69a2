import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveController } from './autosave-controller';
import {
  applySaveResponse,
  buildSaveRequest,
  editAnswer,
  initialDraft,
  parseStoredDraft,
  resolveConflict,
  restoreStoredDraft,
  storageKeyFor,
  toStoredDraft,
  type SaveRequest,
  type SaveResponse,
  type ServerAnswers,
} from './draft-state';

const server: ServerAnswers = {
  answers: { title: 'Old', summary: 'Sum' },
  fieldVersions: { title: 2, summary: 1 },
};

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** The server's side of PATCH answers: applies changes whose base is current. */
function fakeServer(start: ServerAnswers) {
  let state = structuredClone(start);
  const save = vi.fn(async (request: SaveRequest): Promise<SaveResponse> => {
    const conflicts: SaveResponse['conflicts'] = [];
    const answers = { ...state.answers };
    const fieldVersions = { ...state.fieldVersions };
    for (const [id, value] of Object.entries(request.changes)) {
      const current = fieldVersions[id] ?? 0;
      if (request.baseFieldVersions[id] !== current) {
        conflicts.push({ questionId: id, yours: value, theirs: answers[id] ?? null, theirsFieldVersion: current });
        continue;
      }
      answers[id] = value;
      fieldVersions[id] = current + 1;
    }
    state = { answers, fieldVersions };
    return { server: structuredClone(state), conflicts };
  });
  return {
    save,
    get state() {
      return state;
    },
    otherMemberSaves(id: string, value: string) {
      state = {
        answers: { ...state.answers, [id]: value },
        fieldVersions: { ...state.fieldVersions, [id]: (state.fieldVersions[id] ?? 0) + 1 },
      };
    },
  };
}

describe('draft state', () => {
  it('sends only changed fields with the field version each edit was based on', () => {
    let draft = initialDraft(server);
    draft = editAnswer(draft, 'title', 'New');
    draft = editAnswer(draft, 'fresh', 'x');
    expect(buildSaveRequest(draft)).toEqual({
      changes: { title: 'New', fresh: 'x' },
      baseFieldVersions: { title: 2, fresh: 0 },
    });
  });

  it('does not send a field typed back to the saved value', () => {
    let draft = editAnswer(initialDraft(server), 'title', 'New');
    draft = editAnswer(draft, 'title', 'Old');
    expect(buildSaveRequest(draft)).toBeNull();
  });

  it('counts a budget saved by the server as saved even when its keys come back in another order', () => {
    const line = { category: 'travel' as const, description: 'Bus', quantity: 2, unitCostCents: 1500, ownContributionCents: 0 };
    let draft = editAnswer(initialDraft(server), 'budget', [line]);
    const sent = buildSaveRequest(draft)!;
    // PostgreSQL's jsonb orders keys its own way.
    const reordered = { quantity: 2, category: 'travel' as const, description: 'Bus', ownContributionCents: 0, unitCostCents: 1500 };
    draft = applySaveResponse(draft, sent, {
      server: { answers: { ...server.answers, budget: [reordered] }, fieldVersions: { ...server.fieldVersions, budget: 1 } },
      conflicts: [],
    });
    expect(buildSaveRequest(draft)).toBeNull();
  });

  it('keeps text typed while a save was in flight', () => {
    let draft = editAnswer(initialDraft(server), 'title', 'Ne');
    const sent = buildSaveRequest(draft)!;
    draft = editAnswer(draft, 'title', 'New title');
    draft = applySaveResponse(draft, sent, {
      server: { answers: { ...server.answers, title: 'Ne' }, fieldVersions: { ...server.fieldVersions, title: 3 } },
      conflicts: [],
    });
    expect(draft.local.title).toBe('New title');
    expect(buildSaveRequest(draft)).toEqual({ changes: { title: 'New title' }, baseFieldVersions: { title: 3 } });
  });

  it('turns a refused field into a conflict keeping both values, and sends the choice on its base', () => {
    let draft = editAnswer(initialDraft(server), 'title', 'Mine');
    const sent = buildSaveRequest(draft)!;
    draft = applySaveResponse(draft, sent, {
      server: { answers: { ...server.answers, title: 'Theirs' }, fieldVersions: { ...server.fieldVersions, title: 3 } },
      conflicts: [{ questionId: 'title', yours: 'Mine', theirs: 'Theirs', theirsFieldVersion: 3 }],
    });
    expect(draft.local.title).toBe('Mine');
    expect(draft.conflicts.title).toMatchObject({ yours: 'Mine', theirs: 'Theirs' });
    expect(buildSaveRequest(draft)).toBeNull();

    const kept = resolveConflict(draft, 'title', 'Mine');
    expect(buildSaveRequest(kept)).toEqual({ changes: { title: 'Mine' }, baseFieldVersions: { title: 3 } });
    const theirs = resolveConflict(draft, 'title', 'Theirs');
    expect(buildSaveRequest(theirs)).toBeNull();
  });

  it('lets other members’ saved answers appear in fields not being edited', () => {
    let draft = editAnswer(initialDraft(server), 'title', 'Mine');
    const sent = buildSaveRequest(draft)!;
    draft = applySaveResponse(draft, sent, {
      server: { answers: { title: 'Mine', summary: 'Their summary' }, fieldVersions: { title: 3, summary: 2 } },
      conflicts: [],
    });
    expect(draft.local).toEqual({ title: 'Mine', summary: 'Their summary' });
  });

  it('restores stored edits, as conflicts when the server moved on', () => {
    const stored = parseStoredDraft(
      JSON.stringify({
        savedAt: '2026-01-01T00:00:00Z',
        changes: { title: { value: 'Offline', base: 2 }, summary: { value: 'Old summary edit', base: 0 } },
      }),
    );
    const { state, restored } = restoreStoredDraft(initialDraft(server), stored, () => true);
    expect(restored).toEqual(['title', 'summary']);
    expect(state.local).toMatchObject({ title: 'Offline', summary: 'Old summary edit' });
    expect(buildSaveRequest(state)).toEqual({ changes: { title: 'Offline' }, baseFieldVersions: { title: 2 } });
    expect(state.conflicts.summary).toMatchObject({ yours: 'Old summary edit', theirs: 'Sum', theirsFieldVersion: 1 });
  });

  it('skips stored edits the server already has or that can no longer be edited', () => {
    const stored = { savedAt: '', changes: { title: { value: 'Old', base: 1 }, summary: { value: 'x', base: 1 } } };
    const { restored } = restoreStoredDraft(initialDraft(server), stored, (id) => id !== 'summary');
    expect(restored).toEqual([]);
  });

  it('ignores broken storage', () => {
    expect(parseStoredDraft('{nope')).toBeNull();
    expect(parseStoredDraft(null)).toBeNull();
    expect(toStoredDraft(initialDraft(server), new Date())).toBeNull();
  });
});

describe('AutosaveController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces typing into one request with only the changed field', async () => {
    const remote = fakeServer(server);
    const controller = new AutosaveController({ applicationId: 'a1', server, save: remote.save, editable: () => true, storage: null });
    controller.edit('title', 'N');
    controller.edit('title', 'Ne');
    controller.edit('title', 'New');
    expect(controller.getSnapshot().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(799);
    expect(remote.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(remote.save).toHaveBeenCalledTimes(1);
    expect(remote.save).toHaveBeenCalledWith({ changes: { title: 'New' }, baseFieldVersions: { title: 2 } });
    expect(controller.getSnapshot().status).toBe('saved');
    expect(controller.hasUnsaved()).toBe(false);
  });

  it('keeps the text through failures, stores it, and saves it on retry', async () => {
    const storage = memoryStorage();
    const remote = fakeServer(server);
    remote.save.mockRejectedValueOnce(Object.assign(new Error('down'), { status: 0 }));
    const controller = new AutosaveController({
      applicationId: 'a1',
      server,
      save: remote.save,
      editable: () => true,
      storage,
      retryDelaysMs: [],
    });
    controller.edit('title', 'Precious');
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().status).toBe('error');
    expect(controller.getSnapshot().draft.local.title).toBe('Precious');
    expect(JSON.parse(storage.items.get(storageKeyFor('a1'))!).changes.title).toEqual({ value: 'Precious', base: 2 });

    await controller.retry();
    expect(controller.getSnapshot().status).toBe('saved');
    expect(remote.state.answers.title).toBe('Precious');
    expect(storage.items.has(storageKeyFor('a1'))).toBe(false);
  });

  it('retries network failures by itself', async () => {
    const remote = fakeServer(server);
    remote.save.mockRejectedValueOnce(Object.assign(new Error('down'), { status: 503 }));
    const controller = new AutosaveController({
      applicationId: 'a1', server, save: remote.save, editable: () => true, storage: null, retryDelaysMs: [1000],
    });
    controller.edit('title', 'X');
    await vi.advanceTimersByTimeAsync(800);
    expect(controller.getSnapshot().status).toBe('error');
    await vi.advanceTimersByTimeAsync(1000);
    expect(controller.getSnapshot().status).toBe('saved');
  });

  it('restores from storage after a reload and saves it', async () => {
    const storage = memoryStorage();
    storage.setItem(storageKeyFor('a1'), JSON.stringify({ savedAt: '', changes: { title: { value: 'Before crash', base: 2 } } }));
    const remote = fakeServer(server);
    const controller = new AutosaveController({ applicationId: 'a1', server, save: remote.save, editable: () => true, storage });
    expect(controller.getSnapshot().restored).toEqual(['title']);
    expect(controller.getSnapshot().draft.local.title).toBe('Before crash');
    await vi.advanceTimersByTimeAsync(0);
    expect(remote.state.answers.title).toBe('Before crash');
  });

  it('shows a conflict when another member saved the same field, losing neither value', async () => {
    const remote = fakeServer(server);
    const controller = new AutosaveController({ applicationId: 'a1', server, save: remote.save, editable: () => true, storage: null });
    remote.otherMemberSaves('title', 'Theirs');
    controller.edit('title', 'Mine');
    await controller.flush();
    const snapshot = controller.getSnapshot();
    expect(snapshot.draft.conflicts.title).toMatchObject({ yours: 'Mine', theirs: 'Theirs' });
    expect(controller.hasUnsaved()).toBe(true);
    controller.resolveConflict('title', 'Mine');
    await controller.flush();
    expect(remote.state.answers.title).toBe('Mine');
    expect(controller.hasUnsaved()).toBe(false);
  });

  it('sends one request at a time; edits during a save follow in the next', async () => {
    let release!: () => void;
    const remote = fakeServer(server);
    const original = remote.save.getMockImplementation()!;
    remote.save.mockImplementationOnce((request) => new Promise((resolve) => (release = () => resolve(original(request)))));
    const controller = new AutosaveController({ applicationId: 'a1', server, save: remote.save, editable: () => true, storage: null });
    controller.edit('title', 'A');
    await vi.advanceTimersByTimeAsync(800);
    controller.edit('title', 'AB');
    await vi.advanceTimersByTimeAsync(800);
    expect(remote.save).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(800);
    expect(remote.save).toHaveBeenCalledTimes(2);
    expect(remote.save.mock.calls[1][0]).toEqual({ changes: { title: 'AB' }, baseFieldVersions: { title: 3 } });
    expect(remote.state.answers.title).toBe('AB');
  });
});

describe('held answers', () => {
  it('keeps a malformed answer local and still saves the valid ones', async () => {
    vi.useFakeTimers();
    const remote = fakeServer(server);
    const storage = memoryStorage();
    const controller = new AutosaveController({
      applicationId: 'a2',
      server,
      save: remote.save,
      editable: () => true,
      storage,
      canSend: (id, value) => id !== 'title' || (typeof value === 'string' && value.length <= 5),
    });
    controller.edit('title', 'Far too long');
    controller.edit('summary', 'Fine');
    await vi.advanceTimersByTimeAsync(800);
    expect(remote.save).toHaveBeenCalledWith({ changes: { summary: 'Fine' }, baseFieldVersions: { summary: 1 } });
    expect(controller.getSnapshot().draft.local.title).toBe('Far too long');
    expect(JSON.parse(storage.items.get(storageKeyFor('a2'))!).changes).toEqual({ title: { value: 'Far too long', base: 2 } });
    controller.edit('title', 'Short');
    await vi.advanceTimersByTimeAsync(800);
    expect(remote.state.answers.title).toBe('Short');
    vi.useRealTimers();
  });
});
