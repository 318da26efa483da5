import { signal } from '@preact/signals';
import type { Connection } from '../model';
import type { ImportUndoInfo } from '../store/import-undo';
import { connections } from './connections';

export interface BackupFile {
  fileName: string;
  text: string;
}

/** The backup file of every stored connection, secrets included. */
export async function backupFile(): Promise<BackupFile> {
  const { exportBackup } = await import('../backup/export');
  return exportBackup([...connections.value]);
}

/**
 * A backup of one record whose card cannot be shown: whatever could be read of it, credentials
 * included. It may not pass an import's checks; it keeps the credentials safe all the same.
 */
export async function entryBackupFile(entry: Connection | Record<string, unknown>): Promise<BackupFile> {
  const { exportBackup } = await import('../backup/export');
  return exportBackup([entry as Connection]);
}

/** The last import while it can still be undone (until the next import), else null. */
export const lastImport = signal<ImportUndoInfo | null>(null);

/** Reads whether an import can be undone (kept in IndexedDB, so it outlives a reload). */
export async function refreshLastImport(): Promise<void> {
  const { readImportUndo } = await import('../store/import-undo');
  lastImport.value = await readImportUndo().catch(() => null);
}
