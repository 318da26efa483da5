import { appConfig } from '../app-config';
import type { ImportReport } from '../backup/plan';
import { connections, changeConnections } from './connections';

/** The backup file of every stored connection, secrets included. */
export async function backupFile(): Promise<{ fileName: string; text: string }> {
  const { exportBackup } = await import('../backup/export');
  return exportBackup([...connections.value]);
}

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; reason: string };

const MAX_FILE_BYTES = 5_000_000;

/** Restores a backup file: validates every entry, merges by connection id, saves all or nothing. */
export async function importBackupFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'This file is too large to be a backup of this dashboard.' };
  // The schemas load only when someone imports.
  const [{ planImport }, { importConnections }] = await Promise.all([import('../backup/plan'), import('../store/import')]);
  const plan = planImport(await file.text(), [...connections.value], appConfig().origin);
  if (!plan.ok) return plan;
  if (plan.toSave.length > 0) {
    const saved = await changeConnections(() => importConnections(plan.toSave));
    if (!saved) return { ok: false, reason: 'The browser’s storage refused the import; nothing was changed.' };
  }
  return { ok: true, report: plan.report };
}
