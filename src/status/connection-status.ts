import type { ConnectionInfo } from '../model';
import type { PrinterModel } from '../printer/model';
import type { PrinterProblemKind } from '../printer/reading';

/** Which side failed: the App APIs on the origin, or the App Connection URL (the relay). */
export type CheckSource = 'app-api' | 'relay';

/** Why an online connection shows no printer state. */
export type PrinterNote =
  /** The OctoPrint fallback: OctoPrint wants an API key this connection does not have. */
  | { kind: 'octoprint-key-needed' }
  /** The answer was not what the API documents; `reason` is plain English, without secrets. */
  | { kind: 'unreadable'; reason: string }
  /** The service refused that one read over a limit (607–609): the connection itself works. */
  | { kind: 'limited'; code: number };

interface Checked {
  checkedAt: number;
  /** The info API's last answer for this connection, if it was asked (at most every 10 minutes). */
  info: ConnectionInfo | null;
}

/**
 * One connection's status: exactly one of these, shown in words (design.md's table). Built by the
 * status check from the info API's and the relay's answers; the views read only this.
 */
export type ConnectionStatus = Checked &
  (
    | { kind: 'online'; printer: PrinterModel | null; note: PrinterNote | null }
    /** OctoEverywhere reaches the printer's plugin, but the plugin reports a problem (785, 787, 789, 750–753…). */
    | { kind: 'printer-problem'; problem: Exclude<PrinterProblemKind, 'too-old' | 'invalid-state' | 'unsupported'>; code: number; text?: string }
    /** `code` null: the info API said IsOnline false; 601/602: the relay said so. */
    | { kind: 'printer-offline'; code: 601 | 602 | null }
    | { kind: 'supporter-perks-required'; code: 605 }
    | { kind: 'revoked'; code: 603 | 604 }
    | { kind: 'credentials-rejected'; code: 606 }
    | { kind: 'oe-error'; code: number; temporary: boolean; source: CheckSource }
    /** No HTTP answer. 'network' covers offline, DNS, refused and missing CORS alike. `source` null: the check's own deadline. */
    | { kind: 'unreachable'; detail: 'network' | 'timeout'; source: CheckSource | null }
    /** Neither the network nor a status code: an answer over the size cap, or a bug in the dashboard (`error`: its name only). */
    | { kind: 'check-failed'; reason: 'too-large' | 'bug'; source: CheckSource | null; error?: string }
  );

export type StatusKind = ConnectionStatus['kind'];

/** What the printer is doing, when the connection works and the printer could be read. */
export function printerOf(status: ConnectionStatus | null | undefined): PrinterModel | null {
  return status?.kind === 'online' ? status.printer : null;
}
