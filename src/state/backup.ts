import { signal, type Signal } from '@preact/signals';
import type { Connection } from '../model';
import type { ImportUndoInfo } from '../store/import-undo';
import type { Connections } from './connections';

export interface BackupFile {
  fileName: string;
  text: string;
}

export interface Backup {
  /** The last import while it can still be undone (until the next import), else null. */
  readonly lastImport: Signal<ImportUndoInfo | null>;
  /** Reads whether an import can be undone (kept in IndexedDB, so it outlives a reload). */
  refresh(): Promise<void>;
  /** The backup file of every stored connection, secrets included. */
  file(): Promise<BackupFile>;
}

export function createBackup({ connections }: { connections: Connections }): Backup {
  const lastImport = signal<ImportUndoInfo | null>(null);
  return {
    lastImport,
    async refresh() {
      const { readImportUndo } = await import('../store/import-undo');
      lastImport.value = await readImportUndo().catch(() => null);
    },
    async file() {
      const { exportBackup } = await import('../backup/export');
      return exportBackup([...connections.list.value]);
    },
  };
}

/**
 * A backup of one record whose card cannot be shown: whatever could be read of it, credentials
 * included. It may not pass an import's checks; it keeps the credentials safe all the same.
 */
export async function entryBackupFile(entry: Connection | Record<string, unknown>): Promise<BackupFile> {
  const { exportBackup } = await import('../backup/export');
  return exportBackup([entry as Connection]);
}
