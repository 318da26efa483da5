import { useState } from 'preact/hooks';
import type { Connection } from '../model';
import { entryBackupFile } from '../state/backup';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportDialog } from './ExportDialog';
import { useDashboard } from './use-dashboard';

interface Props {
  id: string;
  name: string | null;
  /** `damaged`: stored, but it cannot be shown; `undecryptable`: sealed under a key this browser lost. */
  problem: 'damaged' | 'undecryptable';
  /** What could be read of it, credentials included: offered as "Export this entry". */
  entry: Connection | Record<string, unknown> | null;
}

const EXPLAIN = {
  readable: 'The dashboard cannot show this record, but its credentials can still be read: export this entry to keep them.',
  unreadable: 'The dashboard cannot show this record, and its credentials cannot be read from it.',
  undecryptable: 'Its credentials were encrypted with a key this browser no longer has. The record is kept as it is.',
};

/** A card for a stored record that cannot be shown as a printer; the other cards are unaffected. */
export function DamagedCard({ id, name, problem, entry }: Props) {
  const { connections } = useDashboard();
  const [exporting, setExporting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const title = name ?? 'A printer without a readable name';
  const headingId = `damaged-${id}`;
  const explain = problem === 'undecryptable' ? EXPLAIN.undecryptable : entry ? EXPLAIN.readable : EXPLAIN.unreadable;
  return (
    <article class="card card-damaged" aria-labelledby={headingId}>
      <header class="card-header">
        <h2 id={headingId}>{title}</h2>
      </header>
      <p class="damaged-state">
        {problem === 'undecryptable' ? 'This printer’s credentials cannot be decrypted in this browser' : 'This printer’s record is damaged'}
      </p>
      <p class="explain">
        {explain} Importing a backup that holds this printer restores it; so does connecting it again.
      </p>
      <div class="card-actions">
        {entry && (
          <button type="button" onClick={() => setExporting(true)}>
            Export this entry
          </button>
        )}
        <button type="button" aria-label={`Remove ${title}`} onClick={() => setRemoving(true)}>
          Remove
        </button>
      </div>
      {exporting && entry && <ExportDialog count={1} file={() => entryBackupFile(entry)} onClose={() => setExporting(false)} />}
      {removing && (
        <ConfirmDialog title={`Remove ${title}?`} keep="Keep it" confirm="Remove" onConfirm={() => void connections.remove(id)} onClose={() => setRemoving(false)}>
          <p>This deletes the record from this browser for good. Only a backup that holds this printer can bring it back.</p>
        </ConfirmDialog>
      )}
    </article>
  );
}

/** Said once above the cards: how many connections the lost key locked, and the way back. */
export function LostKeyNotice({ count }: { count: number }) {
  const one = count === 1;
  return (
    <p class="banner warning" role="alert">
      {one ? '1 connection cannot' : `${count} connections cannot`} be decrypted in this browser: the key that encrypted{' '}
      {one ? 'its' : 'their'} credentials is no longer in this browser’s storage. {one ? 'It is' : 'They are'} kept as {one ? 'it is' : 'they are'}.
      Importing a backup that holds {one ? 'it' : 'them'} (Import backup…, below) restores {one ? 'it' : 'them'}.
    </p>
  );
}
