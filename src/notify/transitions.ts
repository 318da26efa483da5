import type { ConnectionStatus } from '../status/connection-status';
import { isPrintActive, type PrinterState } from '../printer/model';

/**
 * Which change between two checks of one connection deserves a notification. Pure: the caller
 * keeps each connection's last observation and passes it with the new one.
 */

/** One check of one connection, as far as notifications care. */
export interface Observation {
  status: ConnectionStatus['kind'];
  /** When the check finished (the status's checkedAt), in ms. */
  at: number;
  /** What the printer was doing; null when the check could not tell (offline, no reading). */
  printer: ObservedPrinter | null;
}

/** The fields of the printer model (src/printer/model.ts) this reads. */
export interface ObservedPrinter {
  state: PrinterState;
  fileName?: string | undefined;
  errorText?: string | undefined;
  /** OctoEverywhere's id of the most recent print. */
  printId?: string | undefined;
  gadget?: { secondsSinceLastPause?: number | undefined } | undefined;
}

export type NotifyEvent =
  | { kind: 'print-complete'; fileName?: string }
  | { kind: 'print-failed'; fileName?: string; errorText?: string }
  /** `byGadget`: OctoEverywhere's failure detection paused it. */
  | { kind: 'paused'; byGadget: boolean; fileName?: string }
  /** A printer that was in a print is offline now. */
  | { kind: 'went-offline'; fileName?: string }
  | { kind: 'revoked' };

/** A Gadget pause counter may lag or lead the dashboard's clock by a few seconds. */
const GADGET_SLACK_SEC = 10;

/**
 * Gadget paused since the previous check: its "seconds since the last pause" appeared, or went
 * back instead of growing by the time that passed.
 */
function gadgetPausedSince(previous: Observation, next: Observation, alreadyPaused: boolean): boolean {
  const now = next.printer?.gadget?.secondsSinceLastPause;
  if (now === undefined) return false;
  const before = previous.printer?.gadget?.secondsSinceLastPause;
  // Already paused and only now reported: the same pause, seen late.
  if (before === undefined) return !alreadyPaused;
  const elapsedSec = Math.max(0, (next.at - previous.at) / 1000);
  return now + GADGET_SLACK_SEC < before + elapsedSec;
}

/** Present keys only, so events compare (and serialise) without undefined fields. */
function withFile<T extends NotifyEvent>(event: T, printer: ObservedPrinter): T {
  return printer.fileName ? { ...event, fileName: printer.fileName } : event;
}

/**
 * At most one event per transition; none on the first observation (`previous` null), none again
 * for a state that did not change. Priority: revoked, went offline, then the printer's own state.
 * An unknown printer state tells nothing: no event from it, so a flicker through it repeats none.
 * Not notified: cancelled (someone chose it) and connection troubles other than revocation.
 */
export function notificationFor(previous: Observation | null, next: Observation): NotifyEvent | null {
  if (!previous) return null;
  if (next.status === 'revoked') return previous.status === 'revoked' ? null : { kind: 'revoked' };

  const before = previous.printer;
  if (next.status === 'printer-offline') {
    const wasPrinting = previous.status === 'online' && before !== null && isPrintActive(before.state);
    return wasPrinting ? withFile({ kind: 'went-offline' }, before) : null;
  }

  const after = next.printer;
  if (!before || !after || before.state === 'unknown') return null;
  switch (after.state) {
    case 'error':
      if (before.state === 'error') return null;
      return withFile(after.errorText ? { kind: 'print-failed', errorText: after.errorText } : { kind: 'print-failed' }, after);
    case 'complete': {
      // Complete again with another print id: a whole print went by between two checks.
      const anotherPrint = before.printId !== undefined && after.printId !== undefined && before.printId !== after.printId;
      return isPrintActive(before.state) || anotherPrint ? withFile({ kind: 'print-complete' }, after) : null;
    }
    case 'paused': {
      const alreadyPaused = before.state === 'paused';
      const byGadget = gadgetPausedSince(previous, next, alreadyPaused);
      // Paused again without a check in between seeing it resume: only Gadget's counter tells.
      if (alreadyPaused && !byGadget) return null;
      return withFile({ kind: 'paused', byGadget }, after);
    }
    default:
      return null;
  }
}
