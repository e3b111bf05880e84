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

  /** Waits for a slot; call the returned function when the work is done. */
  async acquire(now: () => number = Date.now): Promise<() => void> {
    const slot = this.free.length ? this.free.shift()! : await new Promise<number>((resolve) => this.waiting.push(resolve));
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
