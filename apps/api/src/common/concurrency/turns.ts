/**
 * Runs at most `limit` tasks at once; the others wait their turn in order, in memory. Used where
 * a burst of requests would otherwise all open a database transaction at once and time out in
 * it (the deadline surge: a transaction's timeout runs while it waits for locks and CPU).
 */
export class Turns {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The turn passes straight to the next waiter, so `running` stays counted.
      if (next) next();
      else this.running -= 1;
    }
  }
}
