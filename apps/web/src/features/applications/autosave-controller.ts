import type { TAnswerValue } from '@kopa/shared';
import {
  applySaveResponse,
  buildSaveRequest,
  hasUnsaved,
  initialDraft,
  parseStoredDraft,
  receiveServer,
  resolveConflict,
  restoreStoredDraft,
  storageKeyFor,
  toStoredDraft,
  editAnswer,
  type CanSend,
  type DraftState,
  type SaveRequest,
  type SaveResponse,
  type ServerAnswers,
} from './draft-state';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveSnapshot {
  draft: DraftState;
  status: SaveStatus;
  savedAt: Date | null;
  error: unknown;
  /** Questions whose unsaved edits were put back from this browser's storage on load. */
  restored: string[];
}

export interface AutosaveOptions {
  applicationId: string;
  server: ServerAnswers;
  save: (request: SaveRequest) => Promise<SaveResponse>;
  editable: (questionId: string) => boolean;
  /** Answers that fail this are kept (memory + storage) but not sent until they pass. */
  canSend?: CanSend;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  debounceMs?: number;
  /** Automatic retries after a failure, before waiting for the person to press retry. */
  retryDelaysMs?: number[];
  now?: () => Date;
}

/**
 * Sends changed answers a moment after the person stops typing, one request at a time.
 * Every edit is mirrored to localStorage until the server confirms it, so a reload, a
 * crash or a dropped connection loses nothing; failures keep the text and retry.
 */
export class AutosaveController {
  private snapshot: AutosaveSnapshot;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private disposed = false;
  private readonly opts: Required<Omit<AutosaveOptions, 'storage'>> & { storage: AutosaveOptions['storage'] };

  constructor(options: AutosaveOptions) {
    this.opts = {
      debounceMs: 800,
      retryDelaysMs: [2_000, 5_000, 15_000],
      now: () => new Date(),
      canSend: () => true,
      ...options,
      storage: options.storage === undefined ? safeLocalStorage() : options.storage,
    };
    const stored = parseStoredDraft(this.readStorage());
    const { state, restored } = restoreStoredDraft(initialDraft(options.server), stored, options.editable);
    this.snapshot = { draft: state, status: 'idle', savedAt: null, error: null, restored };
    this.persist();
    if (buildSaveRequest(state, this.opts.canSend)) this.schedule(0);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  hasUnsaved(): boolean {
    return hasUnsaved(this.snapshot.draft);
  }

  edit(questionId: string, value: TAnswerValue): void {
    this.update({ draft: editAnswer(this.snapshot.draft, questionId, value) });
    this.persist();
    if (this.snapshot.status !== 'saving' && this.snapshot.status !== 'error') this.update({ status: 'pending' });
    this.schedule(this.opts.debounceMs);
  }

  resolveConflict(questionId: string, value: TAnswerValue): void {
    this.update({ draft: resolveConflict(this.snapshot.draft, questionId, value) });
    this.persist();
    this.schedule(0);
  }

  /** A fresh read of the application arrived (e.g. refetch on focus). */
  receiveServer(server: ServerAnswers): void {
    this.update({ draft: receiveServer(this.snapshot.draft, server) });
  }

  /** Save now (blur, tab hidden, before submit). Resolves when nothing is left to send or a save failed. */
  async flush(): Promise<void> {
    this.clearTimer();
    for (let round = 0; round < 5 && !this.disposed; round += 1) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!buildSaveRequest(this.snapshot.draft, this.opts.canSend)) return;
      await this.runSave();
      if (this.snapshot.status === 'error') return;
    }
  }

  retry(): Promise<void> {
    this.failures = 0;
    return this.flush();
  }

  /** Forget the stored copy (after submission, when the server holds everything). */
  clearStorage(): void {
    this.opts.storage?.removeItem(storageKeyFor(this.opts.applicationId));
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(delay: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.tick();
    }, delay);
  }

  private async tick(): Promise<void> {
    if (this.inFlight) {
      await this.inFlight;
      // The response may have left edits typed meanwhile; they go in the next request.
    }
    if (buildSaveRequest(this.snapshot.draft, this.opts.canSend)) await this.runSave();
  }

  private runSave(): Promise<void> {
    const request = buildSaveRequest(this.snapshot.draft, this.opts.canSend);
    if (!request) return Promise.resolve();
    this.update({ status: 'saving' });
    const run = this.opts
      .save(request)
      .then((response) => {
        this.failures = 0;
        const draft = applySaveResponse(this.snapshot.draft, request, response);
        const more = buildSaveRequest(draft, this.opts.canSend) !== null;
        this.update({ draft, status: more ? 'pending' : 'saved', savedAt: this.opts.now(), error: null });
        this.persist();
        if (more) this.schedule(this.opts.debounceMs);
      })
      .catch((error: unknown) => {
        // The typed text stays in `local` and in storage; only the status changes.
        this.update({ status: 'error', error });
        const delay = this.opts.retryDelaysMs[this.failures];
        this.failures += 1;
        if (delay !== undefined && isRetryable(error)) this.schedule(delay);
      })
      .finally(() => {
        this.inFlight = null;
      });
    this.inFlight = run;
    return run;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private update(patch: Partial<AutosaveSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    this.listeners.forEach((listener) => listener());
  }

  private readStorage(): string | null {
    try {
      return this.opts.storage?.getItem(storageKeyFor(this.opts.applicationId)) ?? null;
    } catch {
      return null;
    }
  }

  private persist(): void {
    const storage = this.opts.storage;
    if (!storage) return;
    const key = storageKeyFor(this.opts.applicationId);
    try {
      const stored = toStoredDraft(this.snapshot.draft, this.opts.now());
      if (stored) storage.setItem(key, JSON.stringify(stored));
      else storage.removeItem(key);
    } catch {
      // Storage full or blocked (private mode): the in-memory copy still holds the text.
    }
  }
}

/** Validation errors and refused transitions will not pass by themselves; network and 5xx may. */
function isRetryable(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status !== 'number' || status === 0 || status === 429 || status >= 500;
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
