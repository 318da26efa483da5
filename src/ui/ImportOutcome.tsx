import type { ImportReport } from '../backup/plan';

export type Outcome =
  | { kind: 'failed'; title: 'Import failed' | 'Undo failed'; reason: string }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'nothing'; report: ImportReport }
  | { kind: 'cancelled' }
  | { kind: 'undone'; added: number; replaced: number };

function counts({ added, updated, restored, skipped }: ImportReport): string {
  const restoredPart = restored.length > 0 ? `, ${restored.length} restored` : '';
  return `${added.length} added, ${updated.length} updated${restoredPart}, ${skipped.length} skipped.`;
}

/** What the last import (or its undo) did, and the way back while there is one. */
export function ImportOutcome({ outcome, onUndo }: { outcome: Outcome; onUndo: (() => void) | null }) {
  switch (outcome.kind) {
    case 'failed':
      return (
        <p class="banner error" role="alert">
          {outcome.title}: {outcome.reason}
        </p>
      );
    case 'cancelled':
      return (
        <p class="banner" role="status">
          Import cancelled: nothing was changed.
        </p>
      );
    case 'undone':
      return (
        <p class="banner" role="status">
          Import undone: {outcome.replaced} put back as before, {outcome.added} removed.
        </p>
      );
    case 'nothing':
    case 'imported': {
      const { skipped } = outcome.report;
      return (
        <div class="banner" role="status">
          <p>
            {outcome.kind === 'imported' ? 'Import finished' : 'Nothing to import'}: {counts(outcome.report)}
          </p>
          {skipped.length > 0 && (
            <ul>
              {skipped.map((entry) => (
                <li key={entry.index}>{entry.reason}</li>
              ))}
            </ul>
          )}
          {outcome.kind === 'imported' && onUndo && (
            <button type="button" onClick={onUndo}>
              Undo import
            </button>
          )}
        </div>
      );
    }
  }
}
