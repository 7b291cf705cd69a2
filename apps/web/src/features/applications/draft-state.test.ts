import { describe, expect, it } from 'vitest';
import {
  answersEqual,
  applySaveResponse,
  buildSaveRequest,
  editAnswer,
  initialDraft,
  parseStoredDraft,
  receiveServer,
  resolveConflict,
  restoreStoredDraft,
  storageKeyFor,
  type DraftState,
  type ServerAnswers,
} from './draft-state';

const server: ServerAnswers = { answers: { title: 'Old', summary: 'Sum' }, fieldVersions: { title: 2, summary: 1 } };

/** A draft with the title edited and a refused summary waiting for a choice. */
function withConflict(): DraftState {
  const edited = editAnswer(editAnswer(initialDraft(server), 'title', 'Mine'), 'summary', 'My summary');
  return {
    ...edited,
    conflicts: { summary: { questionId: 'summary', yours: 'My summary', theirs: 'Their summary', theirsFieldVersion: 2 } },
  };
}

describe('answersEqual', () => {
  it('treats a missing answer as an empty one, but not as an empty text', () => {
    expect(answersEqual(undefined, null)).toBe(true);
    expect(answersEqual(null, undefined)).toBe(true);
    expect(answersEqual(undefined, '')).toBe(false);
    expect(answersEqual('', undefined)).toBe(false);
    expect(answersEqual({ a: 1, b: 2 } as never, { b: 2, a: 1 } as never)).toBe(true);
  });
});

describe('initialDraft', () => {
  it('starts clean, showing a copy of what the server holds', () => {
    const draft = initialDraft(server);
    expect(draft).toEqual({ server, local: server.answers, bases: {}, conflicts: {} });
    expect(draft.local).not.toBe(server.answers);
  });
});

describe('editAnswer', () => {
  it('keeps the version the first edit was based on, even after a refresh moved the server on', () => {
    let draft = editAnswer(initialDraft(server), 'title', 'A');
    draft = receiveServer(draft, { answers: { ...server.answers, title: 'Theirs' }, fieldVersions: { title: 5, summary: 1 } });
    draft = editAnswer(draft, 'title', 'AB');
    expect(buildSaveRequest(draft)).toEqual({ changes: { title: 'AB' }, baseFieldVersions: { title: 2 } });
  });

  it('bases an edit of a question the server has never seen on version 0', () => {
    expect(buildSaveRequest(editAnswer(initialDraft(server), 'budget', []))).toEqual({ changes: { budget: [] }, baseFieldVersions: { budget: 0 } });
  });
});

describe('applySaveResponse', () => {
  it('keeps conflicts of fields that were not part of this save', () => {
    const draft = withConflict();
    const sent = buildSaveRequest(draft)!;
    expect(sent).toEqual({ changes: { title: 'Mine' }, baseFieldVersions: { title: 2 } });
    const next = applySaveResponse(draft, sent, {
      server: { answers: { title: 'Mine', summary: 'Their summary' }, fieldVersions: { title: 3, summary: 2 } },
      conflicts: [],
    });
    expect(Object.keys(next.conflicts)).toEqual(['summary']);
    expect(next.local).toEqual({ title: 'Mine', summary: 'My summary' });
    expect(next.bases).toEqual({ summary: 1 });
  });

  it('turns a refused field into a conflict holding what the person has typed since, on its old base', () => {
    let draft = editAnswer(initialDraft(server), 'title', 'AB');
    const sent = buildSaveRequest(draft)!;
    draft = editAnswer(draft, 'title', 'ABC');
    const next = applySaveResponse(draft, sent, {
      server: { answers: { ...server.answers, title: 'Theirs' }, fieldVersions: { title: 3, summary: 1 } },
      conflicts: [{ questionId: 'title', yours: 'AB', theirs: 'Theirs', theirsFieldVersion: 3 }],
    });
    expect(next.conflicts.title).toEqual({ questionId: 'title', yours: 'ABC', theirs: 'Theirs', theirsFieldVersion: 3 });
    expect(next.local.title).toBe('ABC');
    expect(next.bases).toEqual({ title: 2 });
    expect(buildSaveRequest(next)).toBeNull();
  });
});

describe('receiveServer (draft refresh)', () => {
  it('lets untouched fields follow the server, keeps edits and conflicts, and clears fields the server dropped', () => {
    const draft = { ...withConflict(), local: { ...withConflict().local, note: 'Local only' } };
    const fresh: ServerAnswers = {
      answers: { title: 'Server title', summary: 'Server summary', people: 12 },
      fieldVersions: { title: 3, summary: 3, people: 1 },
    };
    const next = receiveServer({ ...draft, bases: { title: 2, summary: 1 } }, fresh);
    expect(next.server).toBe(fresh);
    expect(next.local).toEqual({ title: 'Mine', summary: 'My summary', people: 12, note: null });
    expect(next.bases).toEqual({ title: 2, summary: 1 });
    expect(Object.keys(next.conflicts)).toEqual(['summary']);
  });

  it('shows another member’s saved answer in a field that is not being edited', () => {
    const next = receiveServer(initialDraft(server), { answers: { title: 'Renamed', summary: 'Sum' }, fieldVersions: { title: 3, summary: 1 } });
    expect(next.local).toEqual({ title: 'Renamed', summary: 'Sum' });
    expect(next.bases).toEqual({});
    expect(buildSaveRequest(next)).toBeNull();
  });

  it('keeps a conflicted field as typed even when it is not dirty', () => {
    const draft: DraftState = {
      ...initialDraft(server),
      local: { title: 'Mine', summary: 'Sum' },
      conflicts: { title: { questionId: 'title', yours: 'Mine', theirs: 'Theirs', theirsFieldVersion: 3 } },
    };
    expect(receiveServer(draft, { answers: { title: 'Theirs', summary: 'Sum' }, fieldVersions: { title: 3, summary: 1 } }).local.title).toBe('Mine');
  });
});

describe('resolveConflict', () => {
  it('sends the person’s own value against the version they were shown', () => {
    const next = resolveConflict(withConflict(), 'summary', 'My summary');
    expect(next.conflicts).toEqual({});
    expect(buildSaveRequest(next)).toEqual({ changes: { title: 'Mine', summary: 'My summary' }, baseFieldVersions: { title: 2, summary: 2 } });
  });

  it('sends nothing for a kept saved value the server still holds, and keeps the other conflicts', () => {
    const draft: DraftState = {
      ...withConflict(),
      server: { answers: { title: 'Old', summary: 'Their summary' }, fieldVersions: { title: 2, summary: 2 } },
      conflicts: {
        ...withConflict().conflicts,
        title: { questionId: 'title', yours: 'Mine', theirs: 'Old', theirsFieldVersion: 2 },
      },
    };
    const next = resolveConflict(draft, 'summary', 'Their summary');
    expect(Object.keys(next.conflicts)).toEqual(['title']);
    expect(next.local.summary).toBe('Their summary');
    expect('summary' in next.bases).toBe(false);
  });

  it('still sends a kept saved value when the server moved on again since the conflict', () => {
    const draft: DraftState = {
      ...withConflict(),
      server: { answers: { title: 'Old', summary: 'Their summary' }, fieldVersions: { title: 2, summary: 4 } },
    };
    expect(resolveConflict(draft, 'summary', 'Their summary').bases.summary).toBe(2);
  });

  it('is a plain edit when the question has no conflict', () => {
    expect(resolveConflict(initialDraft(server), 'title', 'New')).toEqual(editAnswer(initialDraft(server), 'title', 'New'));
  });
});

describe('stored drafts', () => {
  it('are kept per application', () => {
    expect(storageKeyFor('a1')).toBe('kopa:application-draft:a1');
    expect(storageKeyFor('a2')).not.toBe(storageKeyFor('a1'));
  });

  it.each([null, '', 'null', '5', '"text"', '{}', '{"changes":null}', '{"changes":"x"}', '{broken'])('ignores %j in storage', (text) => {
    expect(parseStoredDraft(text)).toBeNull();
  });

  it('reads a stored draft back', () => {
    const stored = { savedAt: '2027-03-01T10:00:00.000Z', changes: { title: { value: 'T', base: 2 } } };
    expect(parseStoredDraft(JSON.stringify(stored))).toEqual(stored);
  });

  it('restores nothing when nothing was stored', () => {
    const draft = initialDraft(server);
    expect(restoreStoredDraft(draft, null, () => true)).toEqual({ state: draft, restored: [] });
  });
});
