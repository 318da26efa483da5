import { signal, type ReadonlySignal } from '@preact/signals';
import type { Connection } from '../model';
import type { Clock } from '../status/clock';
import { readMjpegStream, type StreamEnd } from '../webcam/mjpeg-stream';
import { createObjectUrlSlot, type ObjectUrls } from '../webcam/object-url-slot';
import { webcamStatusFailure, type SnapshotFailure } from '../webcam/snapshots';
import type { StreamOpening } from '../webcam/stream-request';

/**
 * Live view: a webcam's MJPEG stream read with fetch into frames, each shown from an object URL
 * (one at a time). It stops at the account's stream limit, when the dialog closes, and when the
 * page is hidden; it never runs on by itself.
 */
export type LiveViewEnd =
  /** The page was hidden (another tab, a minimised window). */
  | { kind: 'hidden' }
  | { kind: 'time-limit'; limitSec: number }
  /** The webcam closed the stream. */
  | { kind: 'ended' }
  /** 609: this printer's webcam rests (the snapshots too). */
  | { kind: 'webcam-limit' }
  | { kind: 'failed'; failure: Exclude<SnapshotFailure, { kind: 'webcam-limit' }> | { kind: 'broken'; message: string } };

export type LiveViewState =
  | { phase: 'connecting' }
  /** Frames arrive; the stream stops at `startedAt + limitSec`. */
  | { phase: 'live'; startedAt: number; limitSec: number }
  | { phase: 'ended'; end: LiveViewEnd };

export interface LiveView {
  readonly state: ReadonlySignal<LiveViewState>;
  /** The latest frame's object URL; the last one stays after the stream ends. */
  readonly frame: ReadonlySignal<string | null>;
  /** Frames shown so far. */
  readonly frames: number;
  /** Stops the stream (if running) and revokes the frame's object URL: the dialog closed. */
  dispose(): void;
}

export interface LiveViewDeps {
  clock: Clock;
  objectUrls: ObjectUrls;
  open(connection: Connection, index: number, signal: AbortSignal): Promise<StreamOpening>;
  pageVisible(): boolean;
  onVisibilityChange(listener: () => void): () => void;
  /** A 609: the snapshots of this printer rest too. */
  limitReached(connectionId: string): void;
}

/** When the account's limit is unknown (the info API not asked yet, or no figure). */
export const FALLBACK_STREAM_SECONDS = 300;

export function streamLimitSeconds(maxWebcamStreamSeconds: number | null | undefined): number {
  return maxWebcamStreamSeconds && maxWebcamStreamSeconds > 0 ? maxWebcamStreamSeconds : FALLBACK_STREAM_SECONDS;
}

function endOf(result: StreamEnd, limitSec: number, connectionId: string, deps: LiveViewDeps): LiveViewEnd | null {
  switch (result.kind) {
    case 'stopped':
      return null;
    case 'time-limit':
      return { kind: 'time-limit', limitSec };
    case 'ended':
      return { kind: 'ended' };
    case 'not-a-stream':
      return { kind: 'failed', failure: { kind: 'not-a-picture', code: null, text: null } };
    case 'broken':
      return { kind: 'failed', failure: { kind: 'broken', message: result.message } };
    case 'http-status': {
      const failure = webcamStatusFailure(result.status);
      if (failure.kind !== 'webcam-limit') return { kind: 'failed', failure };
      deps.limitReached(connectionId);
      return { kind: 'webcam-limit' };
    }
  }
}

export function startLiveView(connection: Connection, index: number, limitSec: number, deps: LiveViewDeps): LiveView {
  const state = signal<LiveViewState>({ phase: 'connecting' });
  const frame = signal<string | null>(null);
  const slot = createObjectUrlSlot(deps.objectUrls);
  const controller = new AbortController();
  let frames = 0;
  let stopWatching: (() => void) | null = null;

  const finish = (end: LiveViewEnd | null) => {
    stopWatching?.();
    stopWatching = null;
    if (end && state.peek().phase !== 'ended') state.value = { phase: 'ended', end };
  };
  const stop = (end: LiveViewEnd | null) => {
    finish(end);
    controller.abort();
  };

  async function run(): Promise<void> {
    let opening: StreamOpening;
    try {
      opening = await deps.open(connection, index, controller.signal);
    } catch {
      return; // stopped while connecting: the end is already said
    }
    if (!opening.ok) return finish({ kind: 'failed', failure: opening.failure });
    if (controller.signal.aborted) {
      opening.response.body?.cancel().catch(() => undefined);
      return;
    }
    if (opening.response.status >= 200 && opening.response.status <= 299) state.value = { phase: 'live', startedAt: deps.clock.now(), limitSec };
    const result = await readMjpegStream(opening.response, {
      signal: controller.signal,
      maxSeconds: limitSec,
      onFrame: (jpeg) => {
        frames++;
        frame.value = slot.show(new Blob([jpeg as BlobPart], { type: 'image/jpeg' }));
      },
    });
    finish(endOf(result, limitSec, connection.id, deps));
  }

  if (!deps.pageVisible()) {
    finish({ kind: 'hidden' });
  } else {
    stopWatching = deps.onVisibilityChange(() => {
      if (!deps.pageVisible()) stop({ kind: 'hidden' });
    });
    void run();
  }

  return {
    state,
    frame,
    get frames() {
      return frames;
    },
    dispose() {
      stop(null);
      slot.dispose();
      frame.value = null;
    },
  };
}
