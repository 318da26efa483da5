import type { ConnectionStatus } from './connection-status';
import { globalClock, type Clock } from './clock';
import { DEFAULT_POLL_INTERVAL_MS } from '../config';
import { nextCheck } from './policy';

export type { Clock } from './clock';

/**
 * When to check which connection. Plain TypeScript: the state layer wires visibility and the
 * browser's `online` event to `setVisible` and `wake`, and turns `onResult` into signals.
 */
export interface SchedulerOptions {
  /** Must honour `signal`: it aborts on remove, on checkNow, on dispose and after `checkTimeoutMs`. */
  check: (id: string, signal: AbortSignal) => Promise<ConnectionStatus>;
  /** Not called for a connection removed (or a scheduler disposed) while its check ran. */
  onResult: (id: string, status: ConnectionStatus) => void;
  intervalMs?: number;
  maxInFlight?: number;
  /** A check still running after this is aborted and reported as unreachable (timeout). */
  checkTimeoutMs?: number;
  /** Start hidden when the page is; default true. */
  visible?: boolean;
  clock?: Clock;
  random?: () => number;
}

export interface Scheduler {
  /**
   * Starts checking a connection: at once, or, given what its last check said (in another tab,
   * say), when that answer makes it due, so a tab taking over continues the schedule.
   */
  add(id: string, last?: ConnectionStatus | null): void;
  remove(id: string): void;
  /** Checks now (through the in-flight cap, first in line) and reschedules from its answer; restarts a stopped connection. */
  checkNow(id: string): void;
  setVisible(visible: boolean): void;
  /** The browser is back online: every connection not stopped is due now. */
  wake(): void;
  dispose(): void;
  inFlight(): number;
}

/**
 * 24 checks at once: 500 printers answering in 300 ms per request are all checked within one
 * 30 s interval (measured in `npm run bench`: first pass ~27 s with today's three-request check; 4
 * at once took ~2 minutes). Beyond ~18 the one App API host is the limit (a browser opens 6
 * connections per host over HTTP/1.1), so more would only queue in the browser.
 */
export const DEFAULTS = { intervalMs: DEFAULT_POLL_INTERVAL_MS, maxInFlight: 24, checkTimeoutMs: 20_000 } as const;

interface Entry {
  id: string;
  /** null: stopped (revoked) until checkNow. */
  dueAt: number | null;
  failures: number;
  phase: 'idle' | 'queued' | 'running';
  timer: unknown;
  /** `release` frees the slot once; false when already freed (answered, timed out or cancelled). */
  run: { controller: AbortController; release(): boolean } | null;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? globalClock;
  const random = options.random ?? Math.random;
  const intervalMs = options.intervalMs ?? DEFAULTS.intervalMs;
  const maxInFlight = Math.max(1, options.maxInFlight ?? DEFAULTS.maxInFlight);
  const checkTimeoutMs = options.checkTimeoutMs ?? DEFAULTS.checkTimeoutMs;
  const entries = new Map<string, Entry>();
  let queue: Entry[] = [];
  let running = 0;
  let visible = options.visible ?? true;
  let disposed = false;

  const disarm = (entry: Entry) => {
    if (entry.timer !== undefined) clock.clearTimeout(entry.timer);
    entry.timer = undefined;
  };

  const enqueue = (entry: Entry, first = false) => {
    if (entry.phase !== 'idle') return;
    disarm(entry);
    entry.phase = 'queued';
    queue[first ? 'unshift' : 'push'](entry);
  };

  /** Queues a due connection, or sets its timer; no timers at all while hidden. */
  const arm = (entry: Entry) => {
    disarm(entry);
    if (!visible || disposed || entry.phase !== 'idle' || entry.dueAt === null) return;
    const wait = entry.dueAt - clock.now();
    if (wait <= 0) return enqueue(entry);
    entry.timer = clock.setTimeout(() => {
      entry.timer = undefined;
      enqueue(entry);
      pump();
    }, wait);
  };

  const cancelRun = (entry: Entry) => {
    const run = entry.run;
    if (!run) return;
    entry.run = null;
    entry.phase = 'idle';
    run.release();
    run.controller.abort(new DOMException('Check cancelled', 'AbortError'));
  };

  const record = (entry: Entry, status: ConnectionStatus) => {
    entry.run = null;
    entry.phase = 'idle';
    const next = nextCheck(status, entry.failures, intervalMs, random);
    entry.failures = next.failures;
    entry.dueAt = next.delayMs === null ? null : clock.now() + next.delayMs;
    arm(entry);
    pump();
    // Last: a throwing listener must not leave the scheduler half-updated.
    options.onResult(entry.id, status);
  };

  const unreachable = (detail: 'network' | 'timeout'): ConnectionStatus =>
    ({ kind: 'unreachable', detail, source: null, info: null, checkedAt: clock.now() });

  const failed = (error: unknown): ConnectionStatus => ({
    kind: 'check-failed',
    reason: 'bug',
    source: null,
    info: null,
    checkedAt: clock.now(),
    error: error instanceof Error ? error.name : typeof error,
  });

  const dispatch = (entry: Entry) => {
    const controller = new AbortController();
    let open = true;
    const release = () => {
      if (!open) return false;
      open = false;
      clock.clearTimeout(deadline);
      running--;
      return true;
    };
    entry.phase = 'running';
    entry.run = { controller, release };
    running++;
    // A late answer after a cancel finds the slot released and is dropped.
    const deliver = (status: ConnectionStatus) => {
      if (release()) record(entry, status);
    };
    const deadline = clock.setTimeout(() => {
      controller.abort(new DOMException('Check took too long', 'TimeoutError'));
      deliver(unreachable('timeout'));
    }, checkTimeoutMs);
    // check() runs on a later microtask, so a synchronous throw is a rejection like any other.
    Promise.resolve()
      .then(() => options.check(entry.id, controller.signal))
      // A check rejects only when aborted, and then its slot is already released: a rejection
      // that still arrives is a bug, never to be shown as a network status.
      .then(deliver, (error: unknown) => deliver(failed(error)));
  };

  function pump(): void {
    while (visible && !disposed && running < maxInFlight && queue.length > 0) {
      dispatch(queue.shift() as Entry);
    }
  }

  return {
    add(id, last) {
      if (disposed || entries.has(id)) return;
      const next = last ? nextCheck(last, 0, intervalMs, random) : null;
      const dueAt = !last || !next ? clock.now() : next.delayMs === null ? null : last.checkedAt + next.delayMs;
      const entry: Entry = { id, dueAt, failures: next?.failures ?? 0, phase: 'idle', timer: undefined, run: null };
      entries.set(id, entry);
      arm(entry);
      pump();
    },
    remove(id) {
      const entry = entries.get(id);
      if (!entry) return;
      entries.delete(id);
      disarm(entry);
      cancelRun(entry);
      queue = queue.filter((queued) => queued !== entry);
      pump();
    },
    checkNow(id) {
      const entry = entries.get(id);
      if (!entry || disposed) return;
      // The running answer may be about old credentials (after a reconnect): start afresh.
      cancelRun(entry);
      if (entry.phase === 'queued') queue = queue.filter((queued) => queued !== entry);
      entry.phase = 'idle';
      entry.dueAt = clock.now();
      enqueue(entry, true);
      pump();
    },
    setVisible(next) {
      if (next === visible || disposed) return;
      visible = next;
      for (const entry of entries.values()) arm(entry);
      pump();
    },
    wake() {
      if (disposed) return;
      // Stopped (revoked) ones stay stopped: being back online changes nothing for them.
      for (const entry of entries.values()) if (entry.phase === 'idle' && entry.dueAt !== null) enqueue(entry);
      pump();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const entry of entries.values()) {
        disarm(entry);
        cancelRun(entry);
      }
      entries.clear();
      queue = [];
    },
    inFlight: () => running,
  };
}
