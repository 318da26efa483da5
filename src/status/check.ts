import type { ConnectionRequestDeps } from '../api/connection-requests';
import { startDeadline } from '../api/deadline';
import { requestInfo } from '../api/info';
import type { CodeMeaning } from '../api/status-codes';
import { readOctoPrint, readPluginStatus, type PrinterAnswer } from '../api/printer-reads';
import type { Config } from '../config';
import type { Connection, ConnectionInfo } from '../model';
import type { CheckSource, ConnectionStatus } from './connection-status';
import { INFO_REFRESH_MS, PLUGIN_RETRY_MS } from './policy';

/**
 * One connection's status check, one request in the usual case: the Plugin API status through the
 * App Connection URL confirms the credentials and tells what the printer is doing, on every
 * platform. The info API (name on OctoEverywhere, limits, online) is asked on the first check,
 * after the relay answered an error, and otherwise at most every INFO_REFRESH_MS. An OctoPrint
 * whose plugin is too old for the Plugin APIs is read through OctoPrint's own routes, and the
 * Plugin APIs are tried again after PLUGIN_RETRY_MS.
 */
export interface StatusCheck {
  /** Rejects only when `signal` aborts. */
  check(connection: Connection, signal: AbortSignal): Promise<ConnectionStatus>;
  /** Drops what was remembered of a connection (removed, or its credentials replaced). */
  forget(id: string): void;
}

export interface StatusCheckDeps {
  fetch: typeof fetch;
  dashboardOrigin: string;
  now?: () => number;
  /** The whole check, every request included; under the scheduler's own limit. */
  timeoutMs?: number;
}

export const CHECK_TIMEOUT_MS = 15_000;

/** What one connection's previous checks taught. */
interface Memory {
  info: ConnectionInfo | null;
  infoAt: number | null;
  /** The relay answered an error (or nothing) last time: ask the info API first. */
  relayTrouble: boolean;
  /** When set, the Plugin APIs are skipped for OctoPrint's routes until then. */
  octoPrintUntil: number | null;
}

type Verdict = ConnectionStatus extends infer S ? (S extends ConnectionStatus ? Omit<S, 'checkedAt'> : never) : never;

/** A refusal by the service as a status. A limit on the info API is odd: reported, not guessed. */
function refusal(outcome: Exclude<CodeMeaning, { kind: 'ok' }>, source: CheckSource, info: ConnectionInfo | null): Verdict {
  switch (outcome.kind) {
    case 'printer-offline':
    case 'revoked':
      return { kind: outcome.kind, code: outcome.code, info } as Verdict;
    case 'supporter-perks-required':
      return { kind: outcome.kind, code: 605, info };
    case 'credentials-rejected':
      return { kind: outcome.kind, code: 606, info };
    case 'limit':
    case 'oe-error':
      return { kind: 'oe-error', code: outcome.code, temporary: outcome.temporary, source, info };
  }
}

function noAnswer(detail: 'network' | 'timeout' | 'too-large', source: CheckSource, info: ConnectionInfo | null): Verdict {
  return detail === 'too-large' ? { kind: 'check-failed', reason: 'too-large', source, info } : { kind: 'unreachable', detail, source, info };
}

/** A printer read as a status; null for a plugin too old for the Plugin APIs (the caller falls back). */
function fromPrinterAnswer(answer: PrinterAnswer, info: ConnectionInfo | null): Verdict | null {
  switch (answer.kind) {
    case 'no-answer':
      return noAnswer(answer.detail, 'relay', info);
    case 'octoprint-key-needed':
      return { kind: 'online', printer: null, note: { kind: 'octoprint-key-needed' }, info };
    case 'refused':
      // A limit concerns that one request: the credentials passed, so the connection works.
      if (answer.outcome.kind === 'limit') return { kind: 'online', printer: null, note: { kind: 'limited', code: answer.outcome.code }, info };
      return refusal(answer.outcome, 'relay', info);
  }
  const { reading } = answer;
  switch (reading.kind) {
    case 'ok':
      return { kind: 'online', printer: reading.printer, note: null, info };
    case 'malformed':
      return { kind: 'online', printer: null, note: { kind: 'unreadable', reason: reading.reason }, info };
  }
  switch (reading.problem) {
    case 'too-old':
      return null;
    case 'software-not-connected':
    case 'busy':
    case 'cant-log-in':
    case 'temporary':
      return { kind: 'printer-problem', problem: reading.problem, code: reading.code, info, ...(reading.text ? { text: reading.text } : {}) };
    default:
      // 786 or 788 on a read is no documented answer: a temporary plugin error, with its number.
      return { kind: 'printer-problem', problem: 'temporary', code: reading.code, info };
  }
}

const relayFine = (verdict: Verdict): boolean => verdict.kind === 'online' || verdict.kind === 'printer-problem';

export function createStatusCheck(config: Config, deps: StatusCheckDeps): StatusCheck {
  const now = deps.now ?? Date.now;
  const memories = new Map<string, Memory>();

  async function run(connection: Connection, requestDeps: ConnectionRequestDeps): Promise<Verdict> {
    const memory = memories.get(connection.id) ?? { info: null, infoAt: null, relayTrouble: false, octoPrintUntil: null };
    memories.set(connection.id, memory);
    const infoDue = memory.infoAt === null || memory.relayTrouble || now() - memory.infoAt >= INFO_REFRESH_MS;
    if (infoDue) {
      const answer = await requestInfo(connection, config, requestDeps);
      if (answer.kind === 'no-answer') return noAnswer(answer.detail, 'app-api', memory.info);
      if (answer.outcome.kind !== 'ok') return refusal(answer.outcome, 'app-api', null);
      memory.infoAt = now();
      // An unreadable 200 keeps what was known: a format change must not hide every printer.
      if (answer.info) memory.info = answer.info;
      if (answer.info && !answer.info.isOnline) return { kind: 'printer-offline', code: null, info: memory.info };
    }
    const info = memory.info;
    const usePlugin = memory.octoPrintUntil === null || now() >= memory.octoPrintUntil;
    let verdict = usePlugin ? fromPrinterAnswer(await readPluginStatus(connection, config, requestDeps), info) : null;
    if (verdict === null) {
      memory.octoPrintUntil = now() + PLUGIN_RETRY_MS;
      verdict = fromPrinterAnswer(await readOctoPrint(connection, config, requestDeps), info);
    } else if (usePlugin) {
      memory.octoPrintUntil = null;
    }
    // An OctoPrint route that says "too old" has no further fallback: its plugin needs updating.
    verdict ??= { kind: 'printer-problem', problem: 'temporary', code: 754, info };
    memory.relayTrouble = !relayFine(verdict);
    return verdict;
  }

  return {
    async check(connection, signal) {
      const deadline = startDeadline(signal, deps.timeoutMs ?? CHECK_TIMEOUT_MS);
      try {
        const verdict = await run(connection, { fetch: deps.fetch, signal, deadline, dashboardOrigin: deps.dashboardOrigin });
        return { ...verdict, checkedAt: now() } as ConnectionStatus;
      } finally {
        deadline.dispose();
      }
    },
    forget(id) {
      memories.delete(id);
    },
  };
}
