import { headline, problemWords, type Tone } from '../printer/words';
import type { ConnectionStatus } from '../status/connection-status';
import { CREDENTIALS_REJECTED_RECHECK_MS, PRINTER_LOGIN_RECHECK_MS, SUPPORTER_PERKS_RECHECK_MS } from '../status/policy';

export type { Tone };

/** "hourly", "every 10 minutes": a recheck period from the policy, in words. */
function every(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes === 60) return 'hourly';
  return minutes % 60 === 0 ? `every ${minutes / 60} hours` : `every ${minutes} minutes`;
}

/**
 * The card's headline, in words and a tone (colour is never the only signal): the printer's own
 * state when the connection works and the printer could be read ("Printing 42 %", "Idle"), else the
 * connection's status (design.md's table, exactly).
 */
export function statusWords(status: ConnectionStatus | null): { label: string; tone: Tone } {
  switch (status?.kind) {
    case undefined:
      return { label: 'Checking…', tone: 'neutral' };
    case 'online': {
      if (!status.printer) return { label: 'Online', tone: 'ok' };
      const { text, tone } = headline(status.printer);
      return { label: text, tone };
    }
    case 'printer-problem': {
      const { label, tone } = problemWords(status.problem, status.code);
      return { label, tone };
    }
    case 'printer-offline':
      return { label: 'Printer offline', tone: 'warn' };
    case 'supporter-perks-required':
      return { label: 'Supporter Perks required', tone: 'warn' };
    case 'revoked':
      return { label: 'Revoked', tone: 'bad' };
    case 'credentials-rejected':
      return { label: 'Credentials rejected', tone: 'bad' };
    case 'oe-error':
      return { label: 'OctoEverywhere error', tone: 'bad' };
    case 'unreachable':
      return { label: 'Can’t reach OctoEverywhere', tone: 'bad' };
    case 'check-failed':
      return { label: 'Check failed', tone: 'bad' };
  }
}

/** One sentence on what the status means and what happens next; null when all is well. */
export function statusExplanation(status: ConnectionStatus): string | null {
  switch (status.kind) {
    case 'online':
      switch (status.note?.kind) {
        case undefined:
          return status.printer ? null : 'Reachable through OctoEverywhere.';
        case 'octoprint-key-needed':
          return 'OctoEverywhere accepted the credentials, but OctoPrint needs an API key this connection does not have, so what the printer is doing is unknown.';
        case 'unreadable':
          return `Reachable through OctoEverywhere, but the printer’s answer could not be read: ${status.note.reason}`;
        case 'limited':
          return `Reachable through OctoEverywhere; its last answer was over your account’s limit (${status.note.code}).`;
      }
      break;
    case 'printer-problem': {
      const { explanation } = problemWords(status.problem, status.code);
      const more = status.problem === 'cant-log-in' ? ` Checked ${every(PRINTER_LOGIN_RECHECK_MS)}.` : '';
      return status.text && status.problem === 'temporary' ? `${explanation} It said: “${status.text}”.${more}` : `${explanation}${more}`;
    }
    case 'printer-offline':
      return status.code === 602
        ? 'The printer’s OctoEverywhere plugin did not answer in time. Checking again.'
        : 'The printer is not connected to OctoEverywhere right now. Checking again.';
    case 'supporter-perks-required':
      return `You no longer have OctoEverywhere Supporter Perks. The connection is kept and works again once you do; checked ${every(SUPPORTER_PERKS_RECHECK_MS)}.`;
    case 'revoked':
      return status.code === 603
        ? 'OctoEverywhere no longer knows this App Connection. Checks have stopped; reconnect to use the printer here.'
        : 'This App Connection was revoked or expired (you revoked it, removed the printer, or deleted the account). Checks have stopped; reconnect to use the printer here.';
    case 'credentials-rejected':
      return `OctoEverywhere rejected this connection’s credentials. Nothing was deleted (the service once did this by mistake for a day); checked ${every(CREDENTIALS_REJECTED_RECHECK_MS)}. Reconnect to get new ones.`;
    case 'oe-error':
      return `OctoEverywhere answered with an error (${status.code}). Retrying with growing pauses.`;
    case 'unreachable':
      return unreachableExplanation(status);
    case 'check-failed':
      return status.reason === 'too-large'
        ? `${status.source === 'relay' ? 'The printer' : 'OctoEverywhere'} sent an answer larger than 1 MB, which the dashboard does not read. Retrying with growing pauses.`
        : `The check failed inside the dashboard (${status.error ?? 'an error'}), not on the network: a bug. Retrying with growing pauses; reloading the page may help.`;
  }
}

/** Where this printer's check got no answer. A cause that concerns every printer is said once, above the list. */
function unreachableExplanation(status: Extract<ConnectionStatus, { kind: 'unreachable' }>): string {
  const where = status.source === 'relay' ? 'this printer’s App Connection' : 'OctoEverywhere about this printer';
  return status.detail === 'timeout'
    ? `No answer from ${where} in time. Retrying with growing pauses.`
    : `The request to ${where} failed before any answer arrived. Retrying with growing pauses.`;
}
