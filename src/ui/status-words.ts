import type { ConnectionStatus } from '../api/check';

/** The words (and tone) a person reads for each status: design.md's table, exactly. */
export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export function statusWords(status: ConnectionStatus | null): { label: string; tone: Tone } {
  switch (status?.kind) {
    case undefined:
      return { label: 'Checking…', tone: 'neutral' };
    case 'online':
      return { label: 'Online', tone: 'ok' };
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

/** One sentence on what the status means and what happens next. */
export function statusExplanation(status: ConnectionStatus): string {
  switch (status.kind) {
    case 'online':
      return status.octoPrintKeyNeeded
        ? 'OctoEverywhere accepted the credentials, but OctoPrint needs an API key this connection does not have.'
        : 'Reachable through OctoEverywhere.';
    case 'printer-offline':
      return status.code === 602
        ? 'The printer’s OctoEverywhere plugin did not answer in time. Checking again.'
        : 'The printer is not connected to OctoEverywhere right now. Checking again.';
    case 'supporter-perks-required':
      return 'You no longer have OctoEverywhere Supporter Perks. The connection is kept and works again once you do; checked hourly.';
    case 'revoked':
      return status.code === 603
        ? 'OctoEverywhere no longer knows this App Connection. Checks have stopped; reconnect to use the printer here.'
        : 'This App Connection was revoked or expired (you revoked it, removed the printer, or deleted the account). Checks have stopped; reconnect to use the printer here.';
    case 'credentials-rejected':
      return 'OctoEverywhere rejected this connection’s credentials. Nothing was deleted (the service once did this by mistake for a day); checked every 10 minutes. Reconnect to get new ones.';
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
