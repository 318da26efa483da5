import type { Config } from '../config';
import { relayUrl } from '../api/endpoints';
import { startDeadline, type Deadline } from '../api/deadline';
import { DEFAULT_TIMEOUT_MS, SAFE_INIT } from '../api/http';
import { failedOutcome } from '../api/failures';
import type { CodeMeaning } from '../api/status-codes';
import { isSuccess, readEnvelope } from '../api/plugin-envelope';

/**
 * One webcam snapshot, fetched (an `<img src>` cannot carry the Authorization header) and handed
 * back as a Blob for an object URL. Failures are typed, never thrown, and carry no URL or header.
 */
export type SnapshotFailure =
  /** 609: this webcam was viewed too much lately; only the webcam waits, not the connection. */
  | { kind: 'webcam-limit' }
  /** Any other non-2xx status, as it reads for a connection. */
  | { kind: 'service'; outcome: Exclude<CodeMeaning, { kind: 'ok' }> }
  /** A 2xx without a picture: an empty body, or the plugin's JSON error (`code` from its envelope). */
  | { kind: 'not-a-picture'; code: number | null; text: string | null }
  | { kind: 'unreachable'; detail: 'network' | 'timeout' };

export type SnapshotResult = { ok: true; blob: Blob } | { ok: false; failure: SnapshotFailure };

/**
 * A webcam request that got no answer under `deadline`: the caller's own abort passes through as
 * its reason; otherwise the time ran out, or the request never arrived.
 */
export function noAnswer(signal: AbortSignal, deadline: Deadline): Extract<SnapshotFailure, { kind: 'unreachable' }> {
  if (signal.aborted) throw signal.reason;
  return { kind: 'unreachable', detail: deadline.expired ? 'timeout' : 'network' };
}

export interface SnapshotOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const WEBCAM_PATH = '/octoeverywhere-command-api/webcam';

/** `GET {App Connection URL}/octoeverywhere-command-api/webcam/snapshot?index=N`, proxy mode included. */
export function snapshotUrl(config: Config, connectionUrl: string, index: number, dashboardOrigin: string): string {
  return relayUrl(config, connectionUrl, `${WEBCAM_PATH}/snapshot?index=${index}`, dashboardOrigin);
}

/** The MJPEG stream of the same webcam, for Live view. */
export function streamUrl(config: Config, connectionUrl: string, index: number, dashboardOrigin: string): string {
  return relayUrl(config, connectionUrl, `${WEBCAM_PATH}/stream?index=${index}`, dashboardOrigin);
}

/** A status that is not 2xx, as a failure: 609 concerns the webcam only. */
export function webcamStatusFailure(status: number): SnapshotFailure {
  const outcome = failedOutcome(status);
  return outcome.kind === 'limit' && outcome.code === 609 ? { kind: 'webcam-limit' } : { kind: 'service', outcome };
}

/** A 2xx body that is text (the plugin answers errors as `text/json`), not a picture. */
async function notAPicture(blob: Blob): Promise<SnapshotFailure> {
  let json: unknown = null;
  try {
    json = JSON.parse(await blob.text());
  } catch {
    // Not JSON either: nothing more to say.
  }
  const envelope = readEnvelope(json);
  const code = envelope?.status ?? null;
  if (code !== null && !isSuccess(code) && code >= 600 && code <= 699) return webcamStatusFailure(code);
  return { kind: 'not-a-picture', code, text: envelope?.error ?? null };
}

const isText = (type: string) => /^(text\/|application\/(.+\+)?json)/i.test(type);

/**
 * Resolves with the picture or a failure; rejects only with the caller's own abort reason (the
 * caller asked, e.g. the card went away). The body is read under the same deadline as the headers.
 */
export async function fetchSnapshot(url: string, headers: Record<string, string>, signal: AbortSignal, options: SnapshotOptions = {}): Promise<SnapshotResult> {
  const { fetch: doFetch = fetch, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const deadline = startDeadline(signal, timeoutMs);
  try {
    const response = await doFetch(url, { ...SAFE_INIT, method: 'GET', headers: { Accept: 'image/*', ...headers }, signal: deadline.signal });
    if (!isSuccess(response.status)) {
      response.body?.cancel().catch(() => undefined);
      return { ok: false, failure: webcamStatusFailure(response.status) };
    }
    const blob = await response.blob();
    if (isText(blob.type || (response.headers.get('Content-Type') ?? ''))) return { ok: false, failure: await notAPicture(blob) };
    if (blob.size === 0) return { ok: false, failure: { kind: 'not-a-picture', code: null, text: null } };
    return { ok: true, blob };
  } catch {
    return { ok: false, failure: noAnswer(signal, deadline) };
  } finally {
    deadline.dispose();
  }
}
