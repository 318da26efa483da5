import type { CallbackResult } from './finish';

/**
 * The page's last resort when its views (result-page.ts, a file of its own) cannot load, e.g. the
 * network went away after the page arrived: the outcome in plain text and, for a connection that
 * could not be stored, its details, so its credentials are not lost. No buttons: select and copy.
 */
export function showPlainResult(result: CallbackResult): void {
  const dump = document.createElement('pre');
  dump.textContent =
    result.kind === 'store-failed'
      ? `Not saved (${result.error}).${result.connection ? ` Copy these details now, they cannot be fetched again:\n\n${JSON.stringify(result.connection, null, 2)}` : ''}`
      : 'reason' in result
        ? result.reason
        : `Finished: ${result.kind}.`;
  document.getElementById('callback')?.replaceChildren(dump);
}
