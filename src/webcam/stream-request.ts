import { startDeadline } from '../api/deadline';
import { DEFAULT_TIMEOUT_MS, SAFE_INIT } from '../api/http';
import { noAnswer, type SnapshotFailure } from './snapshots';

export type StreamOpening = { ok: true; response: Response } | { ok: false; failure: Extract<SnapshotFailure, { kind: 'unreachable' }> };

/**
 * Asks for a webcam's MJPEG stream with the connection's headers. Only the wait for the answer's
 * headers has a deadline: the body then flows for as long as the caller reads it (its own signal
 * and time limit, see readMjpegStream). Rejects only with the caller's abort reason.
 */
export async function openWebcamStream(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<StreamOpening> {
  const { fetch: doFetch = fetch, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const deadline = startDeadline(signal, timeoutMs);
  try {
    const response = await doFetch(url, { ...SAFE_INIT, method: 'GET', headers: { Accept: 'multipart/x-mixed-replace, image/jpeg', ...headers }, signal: deadline.signal });
    return { ok: true, response };
  } catch {
    return { ok: false, failure: noAnswer(signal, deadline) };
  } finally {
    // From here on the body is the reader's: readMjpegStream cancels it on the caller's signal.
    deadline.dispose();
  }
}
