import { afterEach, describe, expect, it, vi } from 'vitest';
import { globalClock } from './clock';

afterEach(() => vi.useRealTimers());

describe('globalClock', () => {
  it('follows fake timers installed after it was imported', () => {
    vi.useFakeTimers({ now: 5_000 });
    const fired: number[] = [];
    globalClock.setTimeout(() => fired.push(globalClock.now()), 1_000);
    const cancelled = globalClock.setTimeout(() => fired.push(-1), 500);
    globalClock.clearTimeout(cancelled);
    expect(globalClock.now()).toBe(5_000);
    vi.advanceTimersByTime(999);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([6_000]);
  });
});
