import { useState } from 'preact/hooks';
import { connections } from '../state';
import { backupFile, importBackupFile, type ImportResult } from '../state/backup';
import { Dialog } from './Dialog';

/** Export every connection to a file (after a warning), and restore from one. */
export function BackupPanel() {
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const count = connections.value.length;
  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading" class="section-title">
        Backup
      </h2>
      <p class="muted">OctoEverywhere hands credentials over only once. A backup file is the only way to move them to another browser.</p>
      <div class="card-actions">
        <button type="button" disabled={count === 0} onClick={() => setExporting(true)}>
          Export backup…
        </button>
        <label class="file-button">
          Import backup…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={async (event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) setResult(await importBackupFile(file));
            }}
          />
        </label>
      </div>
      {result && <ImportSummary result={result} />}
      {exporting && <ExportDialog count={count} onClose={() => setExporting(false)} />}
    </section>
  );
}

function ExportDialog({ count, onClose }: { count: number; onClose: () => void }) {
  return (
    <Dialog title="Export a backup?" onClose={onClose}>
      <p>
        The file holds the credentials of your {count} printer{count === 1 ? '' : 's'} <strong>in plain text</strong>. Anyone who gets
        it can reach and control those printers through OctoEverywhere. Keep it somewhere safe, and delete copies you no longer need.
      </p>
      <div class="dialog-actions">
        <button type="button" autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          class="primary"
          onClick={async () => {
            const { fileName, text } = await backupFile();
            const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = fileName;
            link.click();
            setTimeout(() => URL.revokeObjectURL(url), 0);
            onClose();
          }}
        >
          Download backup
        </button>
      </div>
    </Dialog>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  if (!result.ok) {
    return (
      <p class="banner error" role="alert">
        Import failed: {result.reason}
      </p>
    );
  }
  const { added, updated, skipped } = result.report;
  return (
    <div class="banner" role="status">
      <p>
        Import finished: {added.length} added, {updated.length} updated, {skipped.length} skipped.
      </p>
      {skipped.length > 0 && (
        <ul>
          {skipped.map((entry) => (
            <li key={entry.index}>{entry.reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
