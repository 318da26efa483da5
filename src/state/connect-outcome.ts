import { AttemptCancelledError, PopupBlockedError, PopupClosedError, PopupTimeoutError } from '../portal/errors';
import { StoreError } from '../store/errors';
import type { AttemptRecord } from '../store/records';

/**
 * How a Connect (or Reconnect) ended, and the words the connect panel says about it. Not the
 * portal's answer alone (store/records.ts CompletionOutcome): a window closed, a Cancel, a timeout
 * or a blocked pop-up end an attempt too.
 */
export type ConnectOutcome =
  | 'connected'
  | 'declined'
  | 'rejected'
  | 'window-closed'
  | 'cancelled'
  | 'timed-out'
  | 'blocked'
  | 'failed';

export interface EndedView {
  phase: 'ended';
  outcome: ConnectOutcome;
  message: string;
  nonce: string | null;
  /** The connection this attempt stored: the message stops being true once it is removed. */
  connectionId?: string | undefined;
  /** A card of the same printer existed before this Connect: asks whether to replace it. */
  duplicate?: { id: string; name: string } | undefined;
  /** Said only on evidence, e.g. a result that came by broadcast after the window read closed. */
  note?: string | undefined;
}

/** What the connect panel shows: idle, waiting for the portal, or how the last attempt ended. */
export type AttemptView =
  | { phase: 'idle' }
  | { phase: 'waiting'; reconnecting: string | null }
  | EndedView;

export function viewOfRecord(record: AttemptRecord): EndedView {
  const result = record.result;
  const nonce = record.nonce;
  switch (result?.outcome) {
    case 'connected': {
      const name = result.printerName ?? 'your printer';
      const kept = result.kept ? ` You picked ${name}; ${result.kept.name} was kept.` : '';
      return { phase: 'ended', outcome: 'connected', nonce, message: `Connected: ${name}.${kept}`, connectionId: result.connectionId, duplicate: result.duplicate };
    }
    case 'declined':
      return { phase: 'ended', outcome: 'declined', nonce, message: 'Not connected: the connection was declined in OctoEverywhere.' };
    case 'rejected':
      return { phase: 'ended', outcome: 'rejected', nonce, message: `Not connected: ${result.reason ?? 'the portal\'s answer was invalid.'}` };
    default:
      return { phase: 'ended', outcome: 'failed', nonce, message: 'The connect attempt ended without an answer.' };
  }
}

export function viewOfError(error: unknown, nonce: string | null): EndedView {
  const ended = (outcome: ConnectOutcome, message: string): EndedView => ({ phase: 'ended', outcome, message, nonce });
  if (error instanceof PopupClosedError) {
    return ended(
      'window-closed',
      'Window closed: the OctoEverywhere window closed before a printer was connected. Nothing was stored. ' +
        'If that window is in fact still open, you can still finish there: the printer will appear here.',
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

/** The evidence that a window read closed only because the portal cut its link to this page. */
export const LINK_CUT_NOTE =
  'The OctoEverywhere window was still open: its security settings had cut its link to this page, which is why this page saw it as closed.';
