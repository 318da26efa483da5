import type { Clock } from '../../src/status/clock';

/**
 * A fake Clock for tests that run thousands of timers: a binary heap finds the next one in
 * O(log n), where Vitest's fake timers scan them all. Between two timers every pending promise
 * settles (one real macrotask), so async code runs as it would between real timers.
 */
export interface FakeClock {
  clock: Clock;
  now(): number;
  /** Runs every timer due within `ms`, in order, and leaves the time at now + ms. */
  advance(ms: number): Promise<void>;
  /** Timers set and not yet run or cleared. */
  pending(): number;
}

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

/** Node's setImmediate (tests run in Node; the app's types know only the browser). */
const immediate = (globalThis as unknown as { setImmediate: (fn: () => void) => unknown }).setImmediate;
const settle = () => new Promise<void>((resolve) => immediate(resolve));

export function fakeClock(start = 0): FakeClock {
  let now = start;
  let seq = 0;
  const heap: Timer[] = [];
  const live = new Set<Timer>();
  const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.seq < b.seq);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j] as Timer, heap[i] as Timer]);

  const push = (timer: Timer) => {
    heap.push(timer);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Timer, heap[parent] as Timer)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const pop = (): Timer | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let min = i;
        if (l < heap.length && before(heap[l] as Timer, heap[min] as Timer)) min = l;
        if (r < heap.length && before(heap[r] as Timer, heap[min] as Timer)) min = r;
        if (min === i) break;
        swap(i, min);
        i = min;
      }
    }
    return top;
  };

  const clock: Clock = {
    now: () => now,
    setTimeout(fn, ms) {
      const timer: Timer = { at: now + Math.max(0, ms), seq: seq++, fn };
      live.add(timer);
      push(timer);
      return timer;
    },
    // Cleared timers stay in the heap and are skipped when they come up.
    clearTimeout: (handle) => void live.delete(handle as Timer),
  };

  return {
    clock,
    now: () => now,
    pending: () => live.size,
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const next = heap[0];
        if (!next || next.at > end) break;
        pop();
        if (!live.delete(next)) continue;
        now = next.at;
        next.fn();
        await settle();
      }
      now = end;
    },
  };
}
