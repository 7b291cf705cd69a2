import { PROBLEM_TYPES, type TSaveReviewDraftRequest } from '@kopa/shared';
import { isApiProblem } from '../../lib/api-problem';

export type ReviewSaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'stale' | 'error';
export type ReviewDraft = Omit<TSaveReviewDraftRequest, 'version'>;
export interface ReviewSaverSnapshot {
  state: ReviewSaveState;
  error: unknown;
}

/**
 * Autosave of a review draft, outside React: each change restarts a short timer; saves run
 * one at a time with the version of the last answer, so another tab's save meets a 409
 * (state 'stale') instead of being overwritten. flush() saves now and gives the version
 * to submit with.
 */
export class ReviewDraftSaver {
  private snapshot: ReviewSaverSnapshot = { state: 'idle', error: null };
  private readonly listeners = new Set<() => void>();
  private pending: ReviewDraft | null = null;
  private running: Promise<number> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private version: number,
    private readonly send: (body: TSaveReviewDraftRequest) => Promise<{ version: number }>,
    private readonly delayMs = 800,
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  change(draft: ReviewDraft): void {
    if (this.snapshot.state === 'stale') return;
    this.pending = draft;
    if (this.snapshot.state !== 'saving') this.set({ state: 'unsaved', error: null });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush().catch(() => undefined), this.delayMs);
  }

  /** Saves what is pending (waiting for a running save first); resolves with the current version. */
  async flush(): Promise<number> {
    clearTimeout(this.timer);
    if (this.running) await this.running.catch(() => undefined);
    if (this.snapshot.state === 'stale') throw new Error('stale');
    if (!this.pending) return this.version;
    const body = { ...this.pending, version: this.version };
    this.pending = null;
    this.set({ state: 'saving', error: null });
    this.running = this.send(body)
      .then((saved) => {
        this.version = saved.version;
        this.set({ state: this.pending ? 'unsaved' : 'saved', error: null });
        return saved.version;
      })
      .catch((error: unknown) => {
        const stale = isApiProblem(error) && error.is(PROBLEM_TYPES.staleVersion);
        // Keep what failed to save so the next attempt sends it (unless another tab won).
        if (!stale) this.pending ??= { comment: body.comment, scores: body.scores };
        this.set({ state: stale ? 'stale' : 'error', error });
        throw error;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private set(snapshot: ReviewSaverSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
