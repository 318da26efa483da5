import type { Config } from '../config';
import { isObject } from '../guards';
import type { LiveLink } from '../model';
import { webLink } from '../links';
import { appApiUrl } from './endpoints';
import { failedOutcome, unreachable } from './failures';
import { requestJson, type JsonResponse } from './http';
import type { CodeMeaning } from './status-codes';
import { isSuccess, readEnvelope } from './plugin-envelope';

/**
 * Live Links: a shareable live view of one printer, `POST {origin}/api/live/createfromappconnection`
 * with the connection's AppToken (header and body, as the docs allow either). The answer is
 * `{LiveId, Url, ShortUrl}`, flat or wrapped in `{Status, Error, Result}`.
 */
export const LIVE_LINK_PATH = '/api/live/createfromappconnection';
export const MAX_LIVE_LINK_HOURS = 17520;
/** The durations offered: 1 hour, 24 hours, 7 days. */
export const LIVE_LINK_HOURS = [1, 24, 168] as const;

export const NO_ACTIVE_PRINT_WORDS = 'Nothing is printing, so the link can’t end with the print.';

export interface LiveLinkRequest {
  appToken: string;
  expirationHours: number;
  /** Sent as EndWhenCurrentPrintIsComplete; offer it only while printing (613 otherwise). */
  endWhenPrintCompletes: boolean;
}

export type { LiveLink };

export type LiveLinkResult =
  | { kind: 'ok'; link: LiveLink }
  /** Refused here, before any request. */
  | { kind: 'refused'; message: string }
  /** 613: the link was to end with the print, and nothing prints. */
  | { kind: 'no-active-print'; message: string }
  | { kind: 'service'; outcome: Exclude<CodeMeaning, { kind: 'ok' }> }
  | { kind: 'unreachable'; detail: 'network' | 'timeout' }
  /** A success whose body has no usable link. */
  | { kind: 'unreadable' };

export interface LiveLinkDeps {
  fetch: typeof fetch;
  signal: AbortSignal;
  dashboardOrigin: string;
  timeoutMs?: number;
  now?: () => number;
}

/** Words for hours outside 1–17520 or not whole; null when fine. */
export function checkExpirationHours(hours: unknown): string | null {
  if (typeof hours === 'number' && Number.isInteger(hours) && hours >= 1 && hours <= MAX_LIVE_LINK_HOURS) return null;
  return `A live link lasts from 1 to ${MAX_LIVE_LINK_HOURS} hours, in whole hours.`;
}

function failure(code: number): LiveLinkResult {
  if (code === 613) return { kind: 'no-active-print', message: NO_ACTIVE_PRINT_WORDS };
  return { kind: 'service', outcome: failedOutcome(code) };
}

function parseAnswer(answer: JsonResponse, request: LiveLinkRequest, now: number): LiveLinkResult {
  if (!isSuccess(answer.status)) return failure(answer.status);
  const envelope = readEnvelope(answer.json);
  // A wrapper may say 6xx inside an HTTP 200; then its own Status decides.
  if (envelope?.status != null && !isSuccess(envelope.status)) return failure(envelope.status);
  const body = envelope?.hasResult ? envelope.result : answer.json;
  if (!isObject(body)) return { kind: 'unreadable' };
  const url = webLink(body.Url);
  const shortUrl = webLink(body.ShortUrl) ?? url;
  const liveId = typeof body.LiveId === 'string' ? body.LiveId.trim() : '';
  if (!shortUrl || liveId === '') return { kind: 'unreadable' };
  return {
    kind: 'ok',
    link: {
      liveId,
      url: url ?? shortUrl,
      shortUrl,
      createdAt: now,
      expiresAt: now + request.expirationHours * 3_600_000,
      endsWithPrint: request.endWhenPrintCompletes,
    },
  };
}

/** Creates one link. Resolves with every outcome; rejects only when `deps.signal` aborts. */
export async function createLiveLink(request: LiveLinkRequest, config: Config, deps: LiveLinkDeps): Promise<LiveLinkResult> {
  const refused = checkExpirationHours(request.expirationHours);
  if (refused) return { kind: 'refused', message: refused };
  const body = { AppToken: request.appToken, ExpirationHours: request.expirationHours, EndWhenCurrentPrintIsComplete: request.endWhenPrintCompletes };
  const init: RequestInit = {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', AppToken: request.appToken },
    body: JSON.stringify(body),
  };
  try {
    const answer = await requestJson(appApiUrl(config, LIVE_LINK_PATH, deps.dashboardOrigin), init, deps);
    return parseAnswer(answer, request, (deps.now ?? Date.now)());
  } catch (error) {
    return unreachable(error);
  }
}
