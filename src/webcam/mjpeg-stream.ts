import { boundaryFromContentType, createMjpegParser, MjpegError } from './mjpeg';

/** Why a live view ended. */
export type StreamEnd =
  /** The caller's signal: the dialog closed or the page was hidden. */
  | { kind: 'stopped' }
  /** `maxSeconds` passed (the account's MaxSingleWebcamStreamLengthSeconds). */
  | { kind: 'time-limit' }
  /** The server closed the stream (closing boundary or end of body). */
  | { kind: 'ended' }
  /** Not a 2xx answer: the caller reads it (609 is the webcam limit, other 6xx the service's words). */
  | { kind: 'http-status'; status: number }
  /** A 2xx answer that is not a multipart stream with a boundary. */
  | { kind: 'not-a-stream' }
  /** A frame over the size cap, or the connection dropped mid-stream. */
  | { kind: 'broken'; message: string };

export interface ReadStreamOptions {
  signal: AbortSignal;
  onFrame: (jpeg: Uint8Array) => void;
  /** Stop after this many seconds; null, 0 or less: no limit of our own. */
  maxSeconds: number | null;
  maxFrameBytes?: number;
}

/** Lets go of a body nobody will read, so the connection (and the account's stream time) is freed. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/**
 * Reads an MJPEG response into frames until the caller aborts, the time limit passes, or the
 * stream ends or breaks; then cancels the body. Never rejects: every way it ends is a StreamEnd.
 */
export async function readMjpegStream(response: Response, options: ReadStreamOptions): Promise<StreamEnd> {
  const { signal, onFrame, maxSeconds, maxFrameBytes } = options;
  if (response.status < 200 || response.status > 299) {
    discard(response);
    return { kind: 'http-status', status: response.status };
  }
  const boundary = boundaryFromContentType(response.headers.get('Content-Type'));
  if (!boundary || !response.body) {
    discard(response);
    return { kind: 'not-a-stream' };
  }
  if (signal.aborted) {
    discard(response);
    return { kind: 'stopped' };
  }

  const reader = response.body.getReader();
  let end: StreamEnd | null = null;
  const endedAs = (): StreamEnd | null => end;
  /** The first reason wins; cancelling makes a pending read() resolve as done. */
  const finish = (reason: StreamEnd): StreamEnd => {
    if (!end) {
      end = reason;
      reader.cancel().catch(() => undefined);
    }
    return end;
  };
  const onAbort = () => finish({ kind: 'stopped' });
  signal.addEventListener('abort', onAbort, { once: true });
  const timer = maxSeconds !== null && maxSeconds > 0 ? setTimeout(() => finish({ kind: 'time-limit' }), maxSeconds * 1000) : undefined;
  // A frame parsed after the stop (same chunk) is not shown.
  const parser = createMjpegParser({
    boundary,
    maxFrameBytes,
    onFrame: (frame) => {
      if (!endedAs()) onFrame(frame);
    },
  });

  try {
    for (;;) {
      const { done, value } = await reader.read();
      const stopped = endedAs();
      if (stopped) return stopped;
      if (done) return finish({ kind: 'ended' });
      parser.push(value);
      if (parser.closed) return finish({ kind: 'ended' });
    }
  } catch (error) {
    const message = error instanceof MjpegError ? error.message : 'The webcam stream broke off.';
    return endedAs() ?? finish({ kind: 'broken', message });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
