/**
 * A share of time for a kind of work: `slots` may run at once, and a slot that ran for t ms rests
 * t × (1/share − 1) ms before it takes the next piece, so over time the work holds at most `share`
 * of each slot. Waiting pieces are served first come, first served.
 */
export class TimeShare {
  private readonly free: number[] = [];
  private readonly waiting: ((slot: number) => void)[] = [];
  private readonly restFactor: number;

  constructor(slots: number, share: number) {
    if (!(share > 0 && share <= 1)) throw new Error(`share must be in (0, 1], got ${share}`);
    for (let i = 0; i < slots; i++) this.free.push(i);
    this.restFactor = 1 / share - 1;
  }

  /**
   * Waits for a slot (at most `maxWaitMs`: then null, and the piece leaves the line); call the
   * returned function when the work is done.
   */
  async acquire(maxWaitMs = Infinity, now: () => number = Date.now): Promise<(() => void) | null> {
    const slot = this.free.length ? this.free.shift()! : await this.wait(maxWaitMs);
    if (slot === null) return null;
    const started = now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const rest = (now() - started) * this.restFactor;
      if (rest > 0) setTimeout(() => this.hand(slot), rest).unref?.();
      else this.hand(slot);
    };
  }

  private wait(maxWaitMs: number): Promise<number | null> {
    return new Promise((resolve) => {
      const take = (slot: number) => {
        clearTimeout(timer);
        resolve(slot);
      };
      this.waiting.push(take);
      const timer = Number.isFinite(maxWaitMs)
        ? setTimeout(() => {
            this.waiting.splice(this.waiting.indexOf(take), 1);
            resolve(null);
          }, maxWaitMs)
        : undefined;
    });
  }

  /** Pieces waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  private hand(slot: number) {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }
}
