import { startDeadline, type Deadline } from './deadline';

export { startDeadline, type Deadline };

/**
 * One JSON request under a deadline, its body read up to a cap. Failures become typed errors
 * whose messages never carry the URL's query, headers or body: the caller's secrets travel in
 * headers and must not reach a log.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;
/** No answer the dashboard reads is anywhere near this; a larger one is refused, not buffered. */
export const MAX_JSON_BYTES = 1_000_000;

/**
 * fetch rejected: offline, DNS, refused, TLS, a refused redirect, or a missing CORS answer.
 * The browser deliberately does not say which.
 */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(options?: { cause?: unknown }) {
    super('The request did not reach the server (offline, blocked, or no CORS answer).', options);
  }
}

export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly afterMs: number) {
    super(`No answer within ${Math.round(afterMs / 1000)} s.`);
  }
}

export class ResponseTooLargeError extends Error {
  override readonly name = 'ResponseTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`The answer is larger than ${maxBytes / 1_000_000} MB.`);
  }
}

export interface RequestDeps {
  fetch: typeof fetch;
  /** The caller's own signal: when it aborts, its reason passes through as is. */
  signal: AbortSignal;
  /** Shared by several requests (one status check); without it this request gets `timeoutMs` of its own. */
  deadline?: Deadline;
  timeoutMs?: number;
  maxBytes?: number;
}

/** `json` is null when the body is empty or not JSON (e.g. a gateway's plain-text 502). */
export interface JsonResponse {
  status: number;
  json: unknown;
}

/** Settings no caller should have to remember: no cookies, no referrer, no cache, no redirects. */
export const SAFE_INIT: RequestInit = {
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  cache: 'no-store',
  // A redirect would carry AppToken and X-Api-Key (fetch only drops Authorization) to wherever it points.
  redirect: 'error',
};

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Reads the body as a stream and stops as soon as it passes `maxBytes`: a huge answer never fills memory. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => {
    void response.body?.cancel().catch(() => undefined);
    return new ResponseTooLargeError(maxBytes);
  };
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new ResponseTooLargeError(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/**
 * Resolves with any HTTP status (6xx included). Rejects with NetworkError (fetch's own TypeError:
 * no answer), TimeoutError, ResponseTooLargeError, or the caller's abort reason when `signal` was
 * aborted (the caller asked; not a failure). Anything else is a bug and passes through unchanged,
 * so it can never read as "Can't reach OctoEverywhere".
 */
export async function requestJson(url: string, init: RequestInit, deps: RequestDeps): Promise<JsonResponse> {
  const own = deps.deadline ? null : startDeadline(deps.signal, deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const deadline = (deps.deadline ?? own) as Deadline;
  const merged: RequestInit = { ...SAFE_INIT, ...init };
  try {
    // Outside the try below: a malformed URL or header throws TypeError here, and that is our bug, not the network.
    void new Request(url, merged);
    try {
      const response = await deps.fetch(url, { ...merged, signal: deadline.signal });
      // The body is read under the same deadline: a relay can stall after the headers.
      const text = await readCapped(response, deps.maxBytes ?? MAX_JSON_BYTES);
      return { status: response.status, json: parseJson(text) };
    } catch (error) {
      if (deps.signal.aborted) throw deps.signal.reason;
      if (deadline.expired) throw new TimeoutError(deadline.ms);
      // fetch (and a body cut off mid-way) report every network failure as a TypeError, and only that.
      if (error instanceof TypeError) throw new NetworkError({ cause: error });
      throw error;
    }
  } finally {
    own?.dispose();
  }
}
