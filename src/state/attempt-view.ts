import { AttemptCancelledError, PopupBlockedError, PopupClosedError, PopupTimeoutError } from '../portal/errors';
import { StoreError } from '../store/errors';
import type { AttemptRecord } from '../store/records';

/** What the connect panel shows: idle, waiting for the portal, or how the last attempt ended. */
export type AttemptOutcome = 'connected' | 'declined' | 'rejected' | 'cancelled' | 'timed-out' | 'blocked' | 'failed';

export type AttemptView =
  | { phase: 'idle' }
  /** `severed`: the portal cut the link to its window (COOP); only its callback can tell us now. */
  | { phase: 'waiting'; reconnecting: string | null; severed: boolean }
  | { phase: 'ended'; outcome: AttemptOutcome; message: string; nonce: string | null };

export function viewOfRecord(record: AttemptRecord): AttemptView {
  const result = record.result;
  const nonce = record.nonce;
  switch (result?.outcome) {
    case 'connected':
      return { phase: 'ended', outcome: 'connected', nonce, message: `Connected: ${result.printerName ?? 'your printer'}.` };
    case 'declined':
      return { phase: 'ended', outcome: 'declined', nonce, message: 'Not connected: the connection was declined in OctoEverywhere.' };
    case 'rejected':
      return { phase: 'ended', outcome: 'rejected', nonce, message: `Not connected: ${result.reason ?? 'the portal\'s answer was invalid.'}` };
    default:
      return { phase: 'ended', outcome: 'failed', nonce, message: 'The connect attempt ended without an answer.' };
  }
}

export function viewOfError(error: unknown, nonce: string | null): AttemptView {
  const ended = (outcome: AttemptOutcome, message: string): AttemptView => ({ phase: 'ended', outcome, message, nonce });
  if (error instanceof PopupClosedError) {
    return ended(
      'cancelled',
      'Cancelled: the OctoEverywhere window was closed before the connection finished. ' +
        'If it is in fact still open, finish there: the printer will appear here.',
    );
  }
  if (error instanceof AttemptCancelledError) return ended('cancelled', 'Cancelled.');
  if (error instanceof PopupTimeoutError) return ended('timed-out', `Timed out: ${error.message}`);
  if (error instanceof PopupBlockedError) {
    return ended('blocked', `${error.message} Allow pop-ups for this site and try again, or continue in this tab.`);
  }
  if (error instanceof StoreError) return ended('failed', `Could not start connecting: ${error.message}`);
  return ended('failed', 'Could not start connecting: something unexpected went wrong.');
}
