import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeShare } from './time-share';

describe('TimeShare', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('rests a slot three times as long as it ran at a quarter share, then serves the next in line', async () => {
    const share = new TimeShare(1, 0.25);
    const order: string[] = [];
    const release = await share.acquire();
    const second = share.acquire().then((done) => { order.push('second'); return done; });
    expect(share.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    release(); // ran 100 ms: rests 300 ms
    await vi.advanceTimersByTimeAsync(299);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(order).toEqual(['second']);
    (await second)();
    expect(share.queued).toBe(0);
  });

  it('runs as many at once as it has slots, and never rests at a full share', async () => {
    const share = new TimeShare(2, 1);
    const a = await share.acquire();
    const b = await share.acquire();
    let third = false;
    const c = share.acquire().then((done) => { third = true; return done; });
    await vi.advanceTimersByTimeAsync(50);
    expect(third).toBe(false);
    a();
    await vi.advanceTimersByTimeAsync(0);
    expect(third).toBe(true);
    b();
    (await c)();
    expect(() => new TimeShare(1, 0)).toThrow(/share/);
  });
});
