import { useState } from 'preact/hooks';
import { createBackup } from '../state/backup';
import { createPersistence } from '../state/persistence';
import { ExportDialog } from './ExportDialog';
import { useDashboard, usePart } from './use-dashboard';

const STATUS = {
  persistent: 'Storage is persistent: the browser keeps these connections until you remove them or clear this site’s data.',
  'best-effort': 'Storage is not persistent: the browser may delete this site’s data, these connections included, when it runs short of space.',
  unknown: 'This browser does not say whether it keeps this site’s data when it runs short of space.',
} as const;

/** Whether the browser promises to keep the connections: one line in the Backup section. */
export function StorageStatus() {
  const persistence = usePart(createPersistence).persistence.value;
  return persistence ? <p class={`storage-status storage-${persistence}`}>{STATUS[persistence]}</p> : null;
}

/**
 * Said once, near the top, while storage is not persistent and there is something to lose: export
 * a backup. "Don't show again" is remembered in this browser.
 */
export function StorageNotice() {
  const dashboard = useDashboard();
  const { persistence: known, adviceDismissed, dismissAdvice } = dashboard.part(createPersistence);
  const backup = dashboard.part(createBackup);
  const [exporting, setExporting] = useState(false);
  const persistence = known.value;
  const count = dashboard.connections.list.value.length;
  if (count === 0 || persistence === null || persistence === 'persistent' || adviceDismissed.value) return null;
  return (
    <aside class="banner warning" aria-labelledby="backup-advice">
      <p id="backup-advice">
        <strong>Keep a backup.</strong> {STATUS[persistence]} The credentials exist nowhere else: OctoEverywhere hands them over only
        once. Export a backup and keep it somewhere safe.
      </p>
      <div class="card-actions">
        <button type="button" class="primary" onClick={() => setExporting(true)}>
          Export a backup…
        </button>
        <button type="button" onClick={dismissAdvice}>
          Don’t show again
        </button>
      </div>
      {exporting && <ExportDialog count={count} file={backup.file} onClose={() => setExporting(false)} />}
    </aside>
  );
}
