/**
 * One JSON request with a deadline. Failures become typed errors whose messages never carry the
 * URL's query, headers or body: the caller's secrets travel in headers and must not reach a log.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;

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

export interface RequestDeps {
  fetch: typeof fetch;
  signal: AbortSignal;
  timeoutMs?: number;
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

/**
 * Resolves with any HTTP status (6xx included); rejects with NetworkError or TimeoutError, or
 * with the caller's own abort reason when `signal` was aborted (the caller asked; not a failure).
 */
export async function requestJson(url: string, init: RequestInit, deps: RequestDeps): Promise<JsonResponse> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([deps.signal, timeout]);
  try {
    const response = await deps.fetch(url, { ...SAFE_INIT, ...init, signal });
    // The body is read under the same deadline: a relay can stall after the headers.
    const text = await response.text();
    return { status: response.status, json: parseJson(text) };
  } catch (error) {
    if (deps.signal.aborted) throw deps.signal.reason;
    if (timeout.aborted) throw new TimeoutError(timeoutMs);
    throw new NetworkError({ cause: error });
  }
}
