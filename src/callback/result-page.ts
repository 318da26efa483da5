import { downloadBackup } from '../backup/download';
import { backupFileName, toBackup } from '../backup/format';
import type { Connection } from '../model';
import { toStoreError } from '../store/errors';
import type { CallbackResult } from './finish';
import { button, el, show } from './dom';

/** Says in plain words what the callback page did, with a way back to the dashboard. */
export function showResult(result: CallbackResult, dashboardUrl: string): void {
  const back = el('p', {}, el('a', { href: dashboardUrl }, 'Open the dashboard'));
  switch (result.kind) {
    case 'connected':
      return show('Connected', el('p', {}, `Connected: ${result.printerName}. You can close this window.`), back);
    case 'declined':
      return show('Not connected', el('p', {}, 'The connection was declined in OctoEverywhere. Nothing was stored.'), back);
    case 'rejected':
      return show('Connection refused', el('p', {}, result.reason), back);
    case 'no-attempt':
      return show('Nothing to do here', el('p', {}, result.reason), back);
    case 'store-failed':
      return show(
        'The connection could not be saved',
        el('p', { role: 'alert' }, toStoreError(result.error).message),
        ...(result.connection ? rescue(result.connection) : [el('p', {}, 'Nothing was stored.')]),
        back,
      );
  }
}

/** The one chance to keep credentials that could not be stored: show them, with Copy and Download. */
function rescue(connection: Connection): Node[] {
  const json = toBackup([connection]);
  const status = el('p', { role: 'status' });
  return [
    el(
      'p',
      { class: 'warning' },
      'These credentials cannot be fetched again: OctoEverywhere hands them over once. ' +
        'Copy or download them now, then import the file in the dashboard (Backup, Import).',
    ),
    el('pre', { class: 'secret-dump', 'aria-label': 'Connection details' }, json),
    el(
      'p',
      { class: 'actions' },
      button('Copy', () => {
        navigator.clipboard.writeText(json).then(
          () => (status.textContent = 'Copied.'),
          () => (status.textContent = 'Copying failed: select the text above and copy it.'),
        );
      }),
      button('Download (JSON)', () => downloadBackup(backupFileName(), json)),
    ),
    status,
  ];
}
