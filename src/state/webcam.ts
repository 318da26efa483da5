import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { Connection } from '../model';
import type { Clock } from '../status/clock';
import { createObjectUrlSlot, type ObjectUrls } from '../webcam/object-url-slot';
import { createSnapshotQueue } from '../webcam/snapshot-queue';
import type { SnapshotFailure, SnapshotResult } from '../webcam/snapshots';

/**
 * Webcam pictures for the cards: each card with a webcam has a feed that fetches a snapshot every
 * `refreshMs`, only while the page is visible and the card is on screen, through one queue for the
 * whole dashboard (at most 2 snapshots in flight). A failed refresh keeps the last good picture.
 * 609 pauses that printer's webcam (snapshots and Live view) and nothing else: the connection's
 * status is not touched.
 */
export type { SnapshotFailure };

export interface WebcamPicture {
  /** The last good picture's object URL; null before the first. */
  url: string | null;
  /** When that picture arrived (clock time). */
  takenAt: number | null;
  /** Why the latest refresh brought no picture; null once one arrives. 609 reads from `limitOf`. */
  problem: Exclude<SnapshotFailure, { kind: 'webcam-limit' }> | null;
}

export interface SnapshotFeed {
  readonly picture: ReadonlySignal<WebcamPicture>;
  /** The view says whether the card is on screen (an IntersectionObserver's answer). */
  setOnScreen(onScreen: boolean): void;
  /** Stops for good and revokes the picture's object URL: the card went away, or another webcam was picked. */
  dispose(): void;
}

export interface WebcamDeps {
  clock: Clock;
  refreshMs: number;
  fetchSnapshot(connection: Connection, index: number, signal: AbortSignal): Promise<SnapshotResult>;
  objectUrls: ObjectUrls;
  pageVisible(): boolean;
  /** Calls `listener` whenever the page's visibility changes; returns the unsubscribe. */
  onVisibilityChange(listener: () => void): () => void;
  maxInFlight?: number;
  /** How long a 609 pauses the webcam before it is tried again. */
  limitPauseMs?: number;
}

export interface Webcams {
  feed(connection: Connection, index: number): SnapshotFeed;
  /** Until when (clock time) this printer's webcam rests after a 609; null when it does not. */
  limitOf(connectionId: string): Signal<number | null>;
  /** A 609 from anywhere (Live view too): pauses this printer's webcam. */
  limitReached(connectionId: string): void;
}

/** VITE_WEBCAM_REFRESH_MS's default (config-schema.ts), for a configuration written without it. */
export const DEFAULT_REFRESH_MS = 10_000;

/** "Back in a few minutes": long enough for the service's time window to move on. */
export const LIMIT_PAUSE_MS = 5 * 60_000;

export function createWebcams(deps: WebcamDeps): Webcams {
  const { clock, refreshMs, limitPauseMs = LIMIT_PAUSE_MS } = deps;
  const queue = createSnapshotQueue({ maxInFlight: deps.maxInFlight ?? 2 });
  const limits = new Map<string, Signal<number | null>>();
  /** Each live feed's reschedule, called when the page's visibility changes. */
  const live = new Set<() => void>();
  let stopWatching: (() => void) | null = null;

  const limitOf = (id: string) => {
    let limit = limits.get(id);
    if (!limit) limits.set(id, (limit = signal<number | null>(null)));
    return limit;
  };
  const limitReached = (id: string) => {
    limitOf(id).value = clock.now() + limitPauseMs;
  };

  function feed(connection: Connection, index: number): SnapshotFeed {
    const picture = signal<WebcamPicture>({ url: null, takenAt: null, problem: null });
    const slot = createObjectUrlSlot(deps.objectUrls);
    const limit = limitOf(connection.id);
    let onScreen = false;
    let disposed = false;
    /** When the last request started: the next is due `refreshMs` later. */
    let lastTry: number | null = null;
    let timer: unknown = null;
    let running: AbortController | null = null;

    const active = () => !disposed && onScreen && deps.pageVisible();

    function reschedule(): void {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      if (!active()) {
        // Off screen or hidden: a request waiting in the queue leaves it, one under way stops.
        running?.abort();
        running = null;
        return;
      }
      if (running) return;
      const now = clock.now();
      const due = Math.max(lastTry === null ? now : lastTry + refreshMs, limit.peek() ?? 0);
      timer = clock.setTimeout(() => {
        timer = null;
        void refresh();
      }, Math.max(0, due - now));
    }

    async function refresh(): Promise<void> {
      if (!active()) return;
      const controller = new AbortController();
      running = controller;
      let result: SnapshotResult;
      try {
        result = await queue.run((signal) => {
          lastTry = clock.now();
          return deps.fetchSnapshot(connection, index, signal);
        }, controller.signal);
      } catch {
        // Aborted: the card left the screen, the page was hidden, or the card went away.
        return;
      } finally {
        if (running === controller) running = null;
      }
      if (controller.signal.aborted || disposed) return;
      show(result);
      reschedule();
    }

    function show(result: SnapshotResult): void {
      if (result.ok) {
        const url = slot.show(result.blob);
        if (url === null) return;
        picture.value = { url, takenAt: clock.now(), problem: null };
        limit.value = null;
      } else if (result.failure.kind === 'webcam-limit') {
        limitReached(connection.id);
      } else {
        // The service answered without 609: whatever limit there was has passed.
        limit.value = null;
        picture.value = { ...picture.peek(), problem: result.failure };
      }
    }

    live.add(reschedule);
    stopWatching ??= deps.onVisibilityChange(() => live.forEach((run) => run()));
    return {
      picture,
      setOnScreen(value) {
        if (value === onScreen) return;
        onScreen = value;
        reschedule();
      },
      dispose() {
        if (disposed) return;
        disposed = true;
        reschedule();
        slot.dispose();
        live.delete(reschedule);
        if (live.size === 0) {
          stopWatching?.();
          stopWatching = null;
        }
      },
    };
  }

  return { feed, limitOf, limitReached };
}
