import type { Config } from '../config';
import { authorizationHeader, type Connection } from '../model';
import { appApiUrl, relayUrl } from './endpoints';
import { NetworkError, requestJson, ResponseTooLargeError, startDeadline, TimeoutError, type JsonResponse, type RequestDeps } from './http';
import { infoStatus, parseInfo, type ConnectionInfo } from './info';
import { parseJob, type PrinterActivity } from './octoprint';
import { classifyStatus, type StatusOutcome } from './outcome';

/** Which side failed: the App APIs on the origin, or the App Connection URL (the relay). */
export type CheckSource = 'app-api' | 'relay';

/** One connection's status; `info` is whatever the info API told us on this check, if anything. */
export type ConnectionStatus =
  | { kind: 'online'; checkedAt: number; info: ConnectionInfo | null; octoPrintKeyNeeded: boolean; activity: PrinterActivity | null }
  /** `code` null: the info API said IsOnline false; 601/602: the relay said so. */
  | { kind: 'printer-offline'; checkedAt: number; info: ConnectionInfo | null; code: 601 | 602 | null }
  | { kind: 'supporter-perks-required'; checkedAt: number; info: ConnectionInfo | null; code: 605 }
  | { kind: 'revoked'; checkedAt: number; info: ConnectionInfo | null; code: 603 | 604 }
  | { kind: 'credentials-rejected'; checkedAt: number; info: ConnectionInfo | null; code: 606 }
  | { kind: 'oe-error'; checkedAt: number; info: ConnectionInfo | null; code: number; temporary: boolean; source: CheckSource }
  /** No HTTP answer. 'network' covers offline, DNS, refused and missing CORS alike: the browser won't say which. `source` null: the caller's own deadline. */
  | { kind: 'unreachable'; checkedAt: number; info: ConnectionInfo | null; detail: 'network' | 'timeout'; source: CheckSource | null }
  /** Neither the network nor a status code: an answer over the size cap, or a bug in the dashboard (`error`: its name only). */
  | { kind: 'check-failed'; checkedAt: number; info: ConnectionInfo | null; reason: 'too-large' | 'bug'; source: CheckSource | null; error?: string };

export interface CheckDeps {
  fetch: typeof fetch;
  signal: AbortSignal;
  /** `location.origin`: the base of proxy-mode URLs. */
  dashboardOrigin: string;
  now?: () => number;
  /** For the whole check, every request included; under the scheduler's 20 s, so the check can say which side was slow. */
  timeoutMs?: number;
}

export const CHECK_TIMEOUT_MS = 15_000;

const INFO_PATH = '/api/appconnection/info';

/** A status before it is stamped with `checkedAt`. */
type Verdict = ConnectionStatus extends infer S ? (S extends ConnectionStatus ? Omit<S, 'checkedAt'> : never) : never;

/** A non-ok answer as a status. A limit (607–609) on the info API is odd: report it, don't guess. */
function fromOutcome(outcome: Exclude<StatusOutcome, { kind: 'ok' }>, source: CheckSource, info: ConnectionInfo | null): Verdict {
  switch (outcome.kind) {
    case 'printer-offline':
      return { kind: outcome.kind, code: outcome.code, info };
    case 'revoked':
      return { kind: outcome.kind, code: outcome.code, info };
    case 'supporter-perks-required':
      return { kind: outcome.kind, code: 605, info };
    case 'credentials-rejected':
      return { kind: outcome.kind, code: 606, info };
    case 'limit':
    case 'oe-error':
      return { kind: 'oe-error', code: outcome.code, temporary: outcome.temporary, source, info };
  }
}

/** A request that got no answer; the caller's own abort passes through (nobody wants that result). */
async function attempt(request: () => Promise<JsonResponse>, source: CheckSource, info: ConnectionInfo | null): Promise<JsonResponse | Verdict> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof TimeoutError) return { kind: 'unreachable', detail: 'timeout', source, info };
    if (error instanceof NetworkError) return { kind: 'unreachable', detail: 'network', source, info };
    if (error instanceof ResponseTooLargeError) return { kind: 'check-failed', reason: 'too-large', source, info };
    throw error;
  }
}

const isVerdict = (value: JsonResponse | Verdict): value is Verdict => 'kind' in value;
const isOk = (status: number): boolean => status >= 200 && status <= 299;

/**
 * Asks the info API whether the connection exists and the printer is online, then confirms the
 * App Connection credentials with one request through the relay (the info API cannot see them),
 * then reads what the printer is doing. The AppToken goes only to the App API URL; Authorization
 * and X-Api-Key only to the relay URL. Rejects only when `deps.signal` aborts.
 */
export async function checkConnection(connection: Connection, config: Config, deps: CheckDeps): Promise<ConnectionStatus> {
  const deadline = startDeadline(deps.signal, deps.timeoutMs ?? CHECK_TIMEOUT_MS);
  try {
    return await checkWithin(connection, config, deps, { fetch: deps.fetch, signal: deps.signal, deadline });
  } finally {
    deadline.dispose();
  }
}

async function checkWithin(connection: Connection, config: Config, deps: CheckDeps, requestDeps: RequestDeps): Promise<ConnectionStatus> {
  const stamp = (verdict: Verdict): ConnectionStatus => ({ ...verdict, checkedAt: (deps.now ?? Date.now)() }) as ConnectionStatus;
  const { secrets } = connection;
  const get = (url: string, headers: Record<string, string>) => () =>
    requestJson(url, { method: 'GET', headers: { Accept: 'application/json', ...headers } }, requestDeps);

  const infoAnswer = await attempt(get(appApiUrl(config, INFO_PATH, deps.dashboardOrigin), { AppToken: secrets.appApiToken }), 'app-api', null);
  if (isVerdict(infoAnswer)) return stamp(infoAnswer);
  const code = infoStatus(infoAnswer.status, infoAnswer.json);
  const infoOutcome = classifyStatus(code);
  if (infoOutcome.kind !== 'ok') return stamp(fromOutcome(infoOutcome, 'app-api', null));
  // An unreadable 200 still lets the relay decide: a format change must not hide every printer.
  const info = parseInfo(infoAnswer.json, config.origin);
  if (info && !info.isOnline) return stamp({ kind: 'printer-offline', code: null, info });

  const relayHeaders: Record<string, string> = { Authorization: authorizationHeader(secrets) };
  // OctoPrint reads X-Api-Key before Authorization, so a relayed Bearer token isn't taken for a bad key.
  if (secrets.octoPrintApiKey) relayHeaders['X-Api-Key'] = secrets.octoPrintApiKey;
  const relay = (path: string) => get(relayUrl(config, connection.url, path, deps.dashboardOrigin), relayHeaders);

  const version = await attempt(relay('/api/version'), 'relay', info);
  if (isVerdict(version)) return stamp(version);
  // OctoEverywhere let the credentials through; OctoPrint itself wants a (working) key.
  if (version.status === 401 || version.status === 403) {
    return stamp({ kind: 'online', info, octoPrintKeyNeeded: true, activity: null });
  }
  const relayOutcome = classifyStatus(version.status);
  // A limit concerns that one request: the credentials passed, so the connection works.
  if (relayOutcome.kind === 'limit') return stamp({ kind: 'online', info, octoPrintKeyNeeded: false, activity: null });
  if (relayOutcome.kind !== 'ok') return stamp(fromOutcome(relayOutcome, 'relay', info));

  const job = await attempt(relay('/api/job'), 'relay', info);
  // The connection is confirmed; a failed job read only leaves the activity unknown.
  const activity = !isVerdict(job) && isOk(job.status) ? parseJob(job.json) : null;
  return stamp({ kind: 'online', info, octoPrintKeyNeeded: false, activity });
}
