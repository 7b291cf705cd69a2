import type { TAnswers, TAnswerValue } from '@kopa/shared';
import { dequal } from 'dequal';

/**
 * The pure part of autosave: what the person sees (`local`), what the server last said
 * (`server`), and for each answer they changed the field version their edit was based on.
 * Nothing typed is ever dropped here: a field only stops being "dirty" when the server
 * holds exactly the same value.
 */
export interface ServerAnswers {
  answers: TAnswers;
  fieldVersions: Record<string, number>;
}

export interface DraftConflict {
  questionId: string;
  yours: TAnswerValue;
  theirs: TAnswerValue;
  theirsFieldVersion: number;
}

export interface DraftState {
  server: ServerAnswers;
  local: TAnswers;
  /** questionId → server field version the local edit started from. Present ⇔ dirty. */
  bases: Record<string, number>;
  conflicts: Record<string, DraftConflict>;
}

export interface SaveRequest {
  changes: TAnswers;
  baseFieldVersions: Record<string, number>;
}

export interface SaveResponse {
  server: ServerAnswers;
  conflicts: DraftConflict[];
}

/** Deep equality that ignores key order: PostgreSQL's jsonb gives object keys back in its own order. */
export function answersEqual(a: TAnswerValue | undefined, b: TAnswerValue | undefined): boolean {
  return dequal(a === undefined ? null : a, b === undefined ? null : b);
}

const versionOf = (server: ServerAnswers, questionId: string) => server.fieldVersions[questionId] ?? 0;

export function initialDraft(server: ServerAnswers): DraftState {
  return { server, local: { ...server.answers }, bases: {}, conflicts: {} };
}

export function editAnswer(state: DraftState, questionId: string, value: TAnswerValue): DraftState {
  const local = { ...state.local, [questionId]: value };
  const bases = { ...state.bases };
  if (!(questionId in bases)) bases[questionId] = versionOf(state.server, questionId);
  // Typing back to what the server has (e.g. undo) is not a change to send.
  if (answersEqual(value, state.server.answers[questionId]) && !(questionId in state.conflicts)) {
    delete bases[questionId];
  }
  return { ...state, local, bases };
}

export function dirtyQuestionIds(state: DraftState): string[] {
  return Object.keys(state.bases);
}

export function hasUnsaved(state: DraftState): boolean {
  return dirtyQuestionIds(state).length > 0;
}

/** Whether an answer may be sent now (e.g. it passes the draft schema); others stay local until fixed. */
export type CanSend = (questionId: string, value: TAnswerValue) => boolean;

/**
 * Only changed answers, each with the field version it was based on. Conflicts wait for a
 * choice, and a malformed answer (the server would refuse the whole request) waits until
 * it is fixed, so it never blocks saving the others.
 */
export function buildSaveRequest(state: DraftState, canSend: CanSend = () => true): SaveRequest | null {
  const changes: TAnswers = {};
  const baseFieldVersions: Record<string, number> = {};
  for (const questionId of dirtyQuestionIds(state)) {
    if (questionId in state.conflicts) continue;
    if (!canSend(questionId, state.local[questionId] ?? null)) continue;
    changes[questionId] = state.local[questionId] ?? null;
    baseFieldVersions[questionId] = state.bases[questionId];
  }
  return Object.keys(changes).length > 0 ? { changes, baseFieldVersions } : null;
}

/**
 * Folds a save's answer into the state. Edits typed while the request was in flight stay
 * dirty (now based on the version our own save produced); refused fields become conflicts
 * that keep the person's value.
 */
export function applySaveResponse(state: DraftState, sent: SaveRequest, response: SaveResponse): DraftState {
  const server = response.server;
  const local = { ...state.local };
  const bases = { ...state.bases };
  const conflicts = { ...state.conflicts };
  const refused = new Set(response.conflicts.map((conflict) => conflict.questionId));

  for (const conflict of response.conflicts) {
    conflicts[conflict.questionId] = { ...conflict, yours: state.local[conflict.questionId] ?? conflict.yours };
  }
  for (const questionId of Object.keys(sent.changes)) {
    if (refused.has(questionId)) continue;
    if (answersEqual(local[questionId], server.answers[questionId])) delete bases[questionId];
    else bases[questionId] = versionOf(server, questionId);
  }
  // Fields nobody here touched follow the server (another member's saved edits appear).
  for (const questionId of new Set([...Object.keys(server.answers), ...Object.keys(local)])) {
    if (!(questionId in bases) && !(questionId in conflicts)) local[questionId] = server.answers[questionId] ?? null;
  }
  return { server, local, bases, conflicts };
}

/** A fresh read of the application (refetch): untouched fields follow it, edits stay. */
export function receiveServer(state: DraftState, server: ServerAnswers): DraftState {
  const local = { ...state.local };
  for (const questionId of new Set([...Object.keys(server.answers), ...Object.keys(local)])) {
    if (!(questionId in state.bases) && !(questionId in state.conflicts)) {
      local[questionId] = server.answers[questionId] ?? null;
    }
  }
  return { ...state, server, local };
}

/** The person chose a value (theirs, yours, or an edit): it is sent against the version they saw. */
export function resolveConflict(state: DraftState, questionId: string, value: TAnswerValue): DraftState {
  const conflict = state.conflicts[questionId];
  if (!conflict) return editAnswer(state, questionId, value);
  const conflicts = { ...state.conflicts };
  delete conflicts[questionId];
  const bases = { ...state.bases, [questionId]: conflict.theirsFieldVersion };
  if (answersEqual(value, state.server.answers[questionId]) && versionOf(state.server, questionId) === conflict.theirsFieldVersion) {
    delete bases[questionId];
  }
  return { ...state, local: { ...state.local, [questionId]: value }, bases, conflicts };
}

/* ---------- keeping unsaved edits in localStorage ---------- */

export interface StoredDraft {
  savedAt: string;
  changes: Record<string, { value: TAnswerValue; base: number }>;
}

export const storageKeyFor = (applicationId: string) => `kopa:application-draft:${applicationId}`;

export function toStoredDraft(state: DraftState, now: Date): StoredDraft | null {
  const changes: StoredDraft['changes'] = {};
  for (const questionId of dirtyQuestionIds(state)) {
    changes[questionId] = { value: state.local[questionId] ?? null, base: state.bases[questionId] };
  }
  return Object.keys(changes).length > 0 ? { savedAt: now.toISOString(), changes } : null;
}

export function parseStoredDraft(text: string | null): StoredDraft | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as StoredDraft;
    if (!parsed || typeof parsed !== 'object' || typeof parsed.changes !== 'object' || parsed.changes === null) return null;
    return parsed;
  } catch {
    return null;
  }
}

/**
 * Puts back edits that never reached the server (reload, crash, lost network). If the
 * server's field moved on meanwhile, the edit becomes a conflict instead of overwriting it.
 */
export function restoreStoredDraft(
  state: DraftState,
  stored: StoredDraft | null,
  editable: (questionId: string) => boolean,
): { state: DraftState; restored: string[] } {
  if (!stored) return { state, restored: [] };
  let next = state;
  const restored: string[] = [];
  for (const [questionId, change] of Object.entries(stored.changes)) {
    if (!editable(questionId)) continue;
    const serverValue = next.server.answers[questionId];
    if (answersEqual(change.value, serverValue)) continue;
    const serverVersion = versionOf(next.server, questionId);
    if (serverVersion === change.base) {
      next = editAnswer(next, questionId, change.value);
      next = { ...next, bases: { ...next.bases, [questionId]: change.base } };
    } else {
      next = {
        ...next,
        local: { ...next.local, [questionId]: change.value },
        bases: { ...next.bases, [questionId]: change.base },
        conflicts: {
          ...next.conflicts,
          [questionId]: { questionId, yours: change.value, theirs: serverValue ?? null, theirsFieldVersion: serverVersion },
        },
      };
    }
    restored.push(questionId);
  }
  return { state: next, restored };
}
