import { describe, expect, it } from 'vitest';
import { createSnapshotQueue } from './snapshot-queue';

/** A task the test finishes by hand, recording when it started. */
function deferredTask(name: string, started: string[]) {
  let finish!: (value: string) => void;
  let fail!: (error: Error) => void;
  const task = (signal: AbortSignal) => {
    started.push(name);
    return new Promise<string>((resolve, reject) => {
      finish = resolve;
      fail = reject;
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { task, finish: () => finish(name), fail: (e: Error) => fail(e) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const live = () => new AbortController().signal;

describe('createSnapshotQueue', () => {
  it('runs at most two at a time, the rest in the order they came', async () => {
    const queue = createSnapshotQueue({ maxInFlight: 2 });
    const started: string[] = [];
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((n) => deferredTask(n, started));
    const results = tasks.map((t) => queue.run(t.task, live()));
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect([queue.inFlight, queue.waiting]).toEqual([2, 3]);

    tasks[1]!.finish();
    await expect(results[1]).resolves.toBe('b');
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);

    tasks[0]!.finish();
    tasks[2]!.finish();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(queue.inFlight).toBe(2);
  });

  it('defaults to two in flight', async () => {
    const queue = createSnapshotQueue();
    const started: string[] = [];
    ['a', 'b', 'c'].forEach((n) => void queue.run(deferredTask(n, started).task, live()));
    await settle();
    expect(started).toEqual(['a', 'b']);
  });

  it('frees the slot when a task fails, even synchronously', async () => {
    const queue = createSnapshotQueue({ maxInFlight: 1 });
    const started: string[] = [];
    const throwing = queue.run(() => {
      throw new Error('boom');
    }, live());
    const failing = deferredTask('f', started);
    const second = queue.run(failing.task, live());
    const third = deferredTask('t', started);
    void queue.run(third.task, live());
    await expect(throwing).rejects.toThrow('boom');
    await settle();
    failing.fail(new Error('relay down'));
    await expect(second).rejects.toThrow('relay down');
    await settle();
    expect(started).toEqual(['f', 't']);
  });

  it('drops a waiting entry whose signal aborts: it never runs and rejects with the reason', async () => {
    const queue = createSnapshotQueue({ maxInFlight: 1 });
    const started: string[] = [];
    const first = deferredTask('first', started);
    void queue.run(first.task, live());
    const controller = new AbortController();
    const dropped = queue.run(deferredTask('dropped', started).task, controller.signal);
    const last = deferredTask('last', started);
    const lastResult = queue.run(last.task, live());
    const reason = new Error('card scrolled away');
    controller.abort(reason);
    await expect(dropped).rejects.toBe(reason);
    expect(queue.waiting).toBe(1);
    first.finish();
    await settle();
    expect(started).toEqual(['first', 'last']);
    last.finish();
    await expect(lastResult).resolves.toBe('last');
  });

  it('hands a running task its signal, and frees the slot once it gives up', async () => {
    const queue = createSnapshotQueue({ maxInFlight: 1 });
    const started: string[] = [];
    const controller = new AbortController();
    const running = queue.run(deferredTask('running', started).task, controller.signal);
    void queue.run(deferredTask('next', started).task, live());
    await settle();
    controller.abort(new Error('stop'));
    await expect(running).rejects.toThrow('stop');
    await settle();
    expect(started).toEqual(['running', 'next']);
  });

  it('refuses an already aborted signal without running', async () => {
    const queue = createSnapshotQueue();
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    const started: string[] = [];
    await expect(queue.run(deferredTask('x', started).task, controller.signal)).rejects.toThrow('gone');
    expect(started).toEqual([]);
    expect(queue.inFlight).toBe(0);
  });

  it.each([0, 1.5, -1])('refuses maxInFlight %s', (maxInFlight) => {
    expect(() => createSnapshotQueue({ maxInFlight })).toThrow(RangeError);
  });
});
