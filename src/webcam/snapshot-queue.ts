/**
 * A cap on snapshot requests in flight across the whole dashboard (two by default): ten cards
 * refreshing at once must not open ten relay requests. First come, first served; an entry whose
 * signal aborts while it waits leaves the line and never runs.
 */
export interface SnapshotQueue {
  /**
   * Runs `task` once a slot is free and settles as it does. Rejects with the signal's reason when
   * the signal aborts before the task starts; a running task gets the signal and should honour it.
   */
  run<T>(task: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T>;
  readonly inFlight: number;
  readonly waiting: number;
}

interface Waiting {
  start: () => void;
  signal: AbortSignal;
  leave: () => void;
}

export function createSnapshotQueue({ maxInFlight = 2 }: { maxInFlight?: number } = {}): SnapshotQueue {
  if (!Number.isInteger(maxInFlight) || maxInFlight < 1) throw new RangeError('maxInFlight must be a whole number of at least 1.');
  let inFlight = 0;
  const line: Waiting[] = [];

  const next = () => {
    while (inFlight < maxInFlight && line.length > 0) line.shift()!.start();
  };

  return {
    run<T>(task: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
      if (signal.aborted) return Promise.reject(signal.reason);
      return new Promise<T>((resolve, reject) => {
        const entry: Waiting = {
          signal,
          start: () => {
            signal.removeEventListener('abort', entry.leave);
            inFlight++;
            // A task that throws synchronously still frees its slot.
            Promise.resolve()
              .then(() => task(signal))
              .then(resolve, reject)
              .finally(() => {
                inFlight--;
                next();
              });
          },
          leave: () => {
            line.splice(line.indexOf(entry), 1);
            reject(signal.reason);
          },
        };
        signal.addEventListener('abort', entry.leave, { once: true });
        line.push(entry);
        next();
      });
    },
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return line.length;
    },
  };
}
