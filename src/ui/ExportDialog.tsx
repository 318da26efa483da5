import { downloadBackup } from '../backup/download';
import type { BackupFile } from '../state/backup';
import { Dialog } from './Dialog';

interface Props {
  /** How many printers' credentials the file holds. */
  count: number;
  file: () => Promise<BackupFile>;
  onClose: () => void;
}

/** Every export warns first: the file holds credentials in plain text. */
export function ExportDialog({ count, file, onClose }: Props) {
  return (
    <Dialog title="Export a backup?" onClose={onClose}>
      <p>
        The file holds the credentials of {count === 1 ? 'one printer' : `your ${count} printers`} <strong>in plain text</strong>. Anyone who
        gets it can reach and control {count === 1 ? 'that printer' : 'those printers'} through OctoEverywhere. Keep it somewhere safe, and
        delete copies you no longer need.
      </p>
      <div class="dialog-actions">
        <button type="button" autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          class="primary"
          onClick={async () => {
            const { fileName, text } = await file();
            downloadBackup(fileName, text);
            onClose();
          }}
        >
          Download backup
        </button>
      </div>
    </Dialog>
  );
}
